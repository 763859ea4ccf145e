Facture ${invoice} : aidez-nous à la régler
