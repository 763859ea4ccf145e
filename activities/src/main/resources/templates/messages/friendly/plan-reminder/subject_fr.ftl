Facture ${invoice} : votre prochaine échéance de ${amount} est le ${dueDate}
