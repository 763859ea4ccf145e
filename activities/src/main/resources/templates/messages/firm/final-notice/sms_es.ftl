${business}: ULTIMO AVISO, la factura ${invoice} (${amount}) vencio el ${dueDate}. Pague en una semana: ${payLink}
