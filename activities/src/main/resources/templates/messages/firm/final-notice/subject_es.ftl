Último aviso antes de otras medidas: factura ${invoice}
