${business}: recordatorio, la factura ${invoice} (${amount}) vence el ${dueDate}. Pagar: ${payLink}
