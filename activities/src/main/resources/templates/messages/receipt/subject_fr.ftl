Reçu pour votre paiement de ${amount}
