Compromiso de pago incumplido: factura ${invoice}
