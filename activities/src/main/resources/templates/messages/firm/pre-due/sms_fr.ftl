${business} : la facture ${invoice} (${amount}) arrive à échéance le ${dueDate}. Payer : ${payLink}
