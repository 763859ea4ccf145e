${business}: invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}
