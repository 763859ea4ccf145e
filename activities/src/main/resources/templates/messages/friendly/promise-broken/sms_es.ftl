${business}: todavia no hemos recibido el pago previsto de la factura ${invoice} (${amount}). Pagar: ${payLink}
