${business}: no hemos recibido el pago comprometido de la factura ${invoice} (${amount}). Pague ahora: ${payLink}
