${business}: su proxima cuota de la factura ${invoice} (${amount}) vence el ${dueDate}. Pagar: ${payLink}
