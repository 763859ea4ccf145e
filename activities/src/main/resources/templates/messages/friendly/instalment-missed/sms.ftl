${business}: the instalment of ${amount} for invoice ${invoice} due ${dueDate} has not arrived. Pay: ${payLink}
