Paiement promis non reçu : facture ${invoice}
