Facture ${invoice} à échéance le ${dueDate}
