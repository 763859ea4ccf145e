Facture ${invoice} : où en est votre paiement ?
