Paiement attendu aujourd'hui : facture ${invoice}
