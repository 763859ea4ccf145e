Último aviso: factura ${invoice}
