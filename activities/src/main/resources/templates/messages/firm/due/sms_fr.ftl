${business} : ${amount} pour la facture ${invoice} sont exigibles aujourd'hui. Payer : ${payLink}
