Factura ${invoice} con vencimiento el ${dueDate}
