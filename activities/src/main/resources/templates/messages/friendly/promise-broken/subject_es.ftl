Factura ${invoice}: consulta sobre su pago
