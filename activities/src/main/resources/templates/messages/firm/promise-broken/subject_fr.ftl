Engagement de paiement non tenu : facture ${invoice}
