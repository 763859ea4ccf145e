Facture en retard : ${invoice}
