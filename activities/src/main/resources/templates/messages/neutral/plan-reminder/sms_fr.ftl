${business} : échéance de ${amount} pour la facture ${invoice} à régler le ${dueDate}. Payer : ${payLink}
