${business}: falta la cuota de ${amount} de la factura ${invoice} (vencimiento ${dueDate}). Pagar: ${payLink}
