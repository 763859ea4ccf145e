Paiement en retard : facture ${invoice}
