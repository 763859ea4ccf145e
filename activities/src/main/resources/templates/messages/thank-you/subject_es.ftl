Gracias por el pago de la factura ${invoice}
