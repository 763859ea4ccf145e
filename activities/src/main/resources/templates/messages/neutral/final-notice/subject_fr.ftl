Dernier rappel : facture ${invoice}
