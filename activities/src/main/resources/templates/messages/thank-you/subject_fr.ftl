Merci pour le règlement de la facture ${invoice}
