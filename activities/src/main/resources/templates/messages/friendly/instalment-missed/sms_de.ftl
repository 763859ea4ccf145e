${business}: Die Rate über ${amount} für Rechnung ${invoice}, fällig am ${dueDate}, ist noch nicht eingegangen. Zahlen: ${payLink}
