${business} : la facture ${invoice} (${amount}) a ${daysOverdue} jours de retard. Payer maintenant : ${payLink}
