${business}: la cuota de ${amount} de la factura ${invoice}, con vencimiento el ${dueDate}, no ha llegado. Pagar: ${payLink}
