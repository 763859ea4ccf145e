Échéancier de la facture ${invoice} : ${amount} à régler le ${dueDate}
