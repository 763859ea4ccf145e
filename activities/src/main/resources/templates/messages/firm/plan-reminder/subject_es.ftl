Cuota con vencimiento el ${dueDate}: ${amount} de la factura ${invoice}
