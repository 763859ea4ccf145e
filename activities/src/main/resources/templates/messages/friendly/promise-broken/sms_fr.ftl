${business} : nous n'avons pas encore le paiement prévu pour la facture ${invoice} (${amount}). Payer : ${payLink}
