Échéance du ${dueDate} : ${amount} pour la facture ${invoice}
