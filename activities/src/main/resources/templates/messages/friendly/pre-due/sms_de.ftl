${business}: Kurze Erinnerung, Rechnung ${invoice} (${amount}) ist am ${dueDate} fällig. Zahlen: ${payLink}
