${business}: instalment of ${amount} for invoice ${invoice} due ${dueDate}. Pay: ${payLink}
