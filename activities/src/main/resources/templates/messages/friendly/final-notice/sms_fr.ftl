${business} : la facture ${invoice} (${amount}) a ${daysOverdue} jours de retard. Merci de payer sous 7 jours : ${payLink}
