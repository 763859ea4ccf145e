${business}: Rechnung ${invoice} (${amount}) ist seit dem ${dueDate} überfällig. Zahlen: ${payLink}
