${business} : votre prochaine échéance pour la facture ${invoice} (${amount}) est le ${dueDate}. Payer : ${payLink}
