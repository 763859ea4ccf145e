${business}: invoice ${invoice} (${amount}) is overdue since ${dueDate}. Pay: ${payLink}
