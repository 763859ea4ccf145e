${business} : paiement promis pour la facture ${invoice} (${amount}) toujours pas parvenu. Payer maintenant : ${payLink}
