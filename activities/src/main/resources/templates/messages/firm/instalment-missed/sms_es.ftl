${business}: la cuota de ${amount} de la factura ${invoice} del ${dueDate} sigue impagada; pague ahora o el plan termina: ${payLink}
