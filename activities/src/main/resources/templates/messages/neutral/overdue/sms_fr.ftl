${business} : la facture ${invoice} (${amount}) est en retard depuis le ${dueDate}. Payer : ${payLink}
