${business} : petit rappel, la facture ${invoice} (${amount}) était due le ${dueDate}. Payer : ${payLink}
