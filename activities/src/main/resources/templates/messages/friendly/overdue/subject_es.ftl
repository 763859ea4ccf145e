Factura ${invoice}: un amable recordatorio
