Cuota no recibida: ${amount} de la factura ${invoice}
