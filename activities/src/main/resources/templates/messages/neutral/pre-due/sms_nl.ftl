${business}: factuur ${invoice} (${amount}) vervalt op ${dueDate}. Betalen: ${payLink}
