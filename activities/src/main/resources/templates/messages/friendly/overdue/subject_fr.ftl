Facture ${invoice} : un petit rappel
