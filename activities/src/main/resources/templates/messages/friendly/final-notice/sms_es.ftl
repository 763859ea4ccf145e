${business}: la factura ${invoice} (${amount}) sigue pendiente desde el ${dueDate}. Le rogamos que pague en una semana: ${payLink}
