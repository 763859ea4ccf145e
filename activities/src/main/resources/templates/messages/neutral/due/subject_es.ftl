Vence hoy: factura ${invoice}
