Pago comprometido no recibido: factura ${invoice}
