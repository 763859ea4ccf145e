${business}: cuota de ${amount} de la factura ${invoice}, vence el ${dueDate}. Pagar: ${payLink}
