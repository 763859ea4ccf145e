La factura ${invoice} vence hoy
