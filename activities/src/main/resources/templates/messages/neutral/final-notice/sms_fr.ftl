${business} : dernier rappel, la facture ${invoice} (${amount}) a ${daysOverdue} jours de retard. Payer sous 7 jours : ${payLink}
