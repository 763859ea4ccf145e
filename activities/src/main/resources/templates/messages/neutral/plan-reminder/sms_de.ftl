${business}: Rate über ${amount} für Rechnung ${invoice}, fällig am ${dueDate}. Zahlen: ${payLink}
