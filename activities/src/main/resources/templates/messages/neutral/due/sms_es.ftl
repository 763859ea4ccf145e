${business}: la factura ${invoice} (${amount}) vence hoy. Pagar: ${payLink}
