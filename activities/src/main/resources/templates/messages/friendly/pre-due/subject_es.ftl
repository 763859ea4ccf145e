Recordatorio: la factura ${invoice} vence el ${dueDate}
