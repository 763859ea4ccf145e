${business} : la facture ${invoice} (${amount}) arrive à échéance aujourd'hui. Payer : ${payLink}
