Próximo pago: factura ${invoice} con vencimiento el ${dueDate}
