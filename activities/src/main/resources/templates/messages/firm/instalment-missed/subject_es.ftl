Cuota impagada: ${amount} de la factura ${invoice}
