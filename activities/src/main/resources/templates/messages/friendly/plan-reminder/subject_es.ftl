Factura ${invoice}: su próxima cuota de ${amount} vence el ${dueDate}
