Factura ${invoice}: necesitamos su ayuda para saldarla
