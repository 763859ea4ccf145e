${business}: factuur ${invoice} (${amount}) staat open sinds ${dueDate}. Betalen: ${payLink}
