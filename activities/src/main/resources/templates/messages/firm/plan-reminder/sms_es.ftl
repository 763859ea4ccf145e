${business}: la cuota de ${amount} de la factura ${invoice} vence el ${dueDate}; una cuota impagada pone fin al plan. Pagar: ${payLink}
