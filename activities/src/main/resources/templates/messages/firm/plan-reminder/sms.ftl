${business}: instalment of ${amount} for invoice ${invoice} is due ${dueDate}; a missed one ends the plan. Pay: ${payLink}
