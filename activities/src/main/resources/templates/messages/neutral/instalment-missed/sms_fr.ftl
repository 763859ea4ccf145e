${business} : l'échéance de ${amount} pour la facture ${invoice} (prévue le ${dueDate}) manque. Payer : ${payLink}
