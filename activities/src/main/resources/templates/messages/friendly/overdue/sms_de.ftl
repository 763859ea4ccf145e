${business}: Freundliche Erinnerung, Rechnung ${invoice} (${amount}) war am ${dueDate} fällig. Zahlen: ${payLink}
