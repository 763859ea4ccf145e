${business} : échéance de ${amount} pour la facture ${invoice} le ${dueDate} ; une échéance manquée met fin au plan. Payer : ${payLink}
