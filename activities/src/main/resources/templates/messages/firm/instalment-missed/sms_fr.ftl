${business} : l'échéance de ${amount} pour la facture ${invoice} du ${dueDate} est impayée ; payez maintenant ou le plan prend fin : ${payLink}
