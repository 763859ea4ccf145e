${business}: Rate über ${amount} für Rechnung ${invoice} ist am ${dueDate} fällig; eine versäumte Rate beendet den Plan. Zahlen: ${payLink}
