Plan de pagos de la factura ${invoice}: ${amount} con vencimiento el ${dueDate}
