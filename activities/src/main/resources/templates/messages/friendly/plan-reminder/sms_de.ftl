${business}: Ihre nächste Rate für Rechnung ${invoice} (${amount}) ist am ${dueDate} fällig. Zahlen: ${payLink}
