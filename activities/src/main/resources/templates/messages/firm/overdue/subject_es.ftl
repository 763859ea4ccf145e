Pago vencido: factura ${invoice}
