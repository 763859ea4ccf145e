${business}: el pago comprometido de la factura ${invoice} (${amount}) no ha llegado. Pagar: ${payLink}
