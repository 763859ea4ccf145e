${business} : le paiement promis pour la facture ${invoice} (${amount}) n'est pas arrivé. Payer : ${payLink}
