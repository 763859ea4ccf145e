Factura vencida: ${invoice}
