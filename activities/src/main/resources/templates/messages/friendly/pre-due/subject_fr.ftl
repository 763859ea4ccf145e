Petit rappel : la facture ${invoice} arrive à échéance le ${dueDate}
