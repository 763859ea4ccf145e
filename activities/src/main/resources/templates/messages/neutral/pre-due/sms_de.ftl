${business}: Rechnung ${invoice} (${amount}) ist am ${dueDate} fällig. Zahlen: ${payLink}
