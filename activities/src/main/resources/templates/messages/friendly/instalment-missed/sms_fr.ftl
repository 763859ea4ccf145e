${business} : l'échéance de ${amount} pour la facture ${invoice}, prévue le ${dueDate}, n'est pas arrivée. Payer : ${payLink}
