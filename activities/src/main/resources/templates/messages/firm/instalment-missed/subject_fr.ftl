Échéance impayée : ${amount} pour la facture ${invoice}
