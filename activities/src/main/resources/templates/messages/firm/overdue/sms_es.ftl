${business}: la factura ${invoice} (${amount}) esta vencida desde el ${dueDate}. Pague ahora: ${payLink}
