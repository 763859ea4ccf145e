${business}: el pago de ${amount} de la factura ${invoice} vence hoy. Pagar: ${payLink}
