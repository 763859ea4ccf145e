Mise en demeure avant d'autres démarches : facture ${invoice}
