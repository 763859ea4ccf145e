Paiement à venir : facture ${invoice} à échéance le ${dueDate}
