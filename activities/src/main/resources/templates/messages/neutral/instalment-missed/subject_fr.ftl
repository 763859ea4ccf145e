Échéance manquée : ${amount} pour la facture ${invoice}
