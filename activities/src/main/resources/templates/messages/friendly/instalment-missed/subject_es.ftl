Factura ${invoice}: no hemos recibido su cuota de ${amount}
