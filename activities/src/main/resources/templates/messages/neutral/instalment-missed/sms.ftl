${business}: instalment of ${amount} for invoice ${invoice} (due ${dueDate}) is missing. Pay: ${payLink}
