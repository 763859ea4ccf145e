Instalment due ${dueDate}: ${amount} for invoice ${invoice}
