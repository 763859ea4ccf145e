${business}: ultimo aviso, la factura ${invoice} (${amount}) vencio el ${dueDate}. Pague en una semana: ${payLink}
