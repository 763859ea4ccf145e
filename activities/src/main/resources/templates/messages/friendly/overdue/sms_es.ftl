${business}: amable recordatorio, la factura ${invoice} (${amount}) vencio el ${dueDate}. Pagar: ${payLink}
