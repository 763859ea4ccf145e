Rechnung ${invoice}: Ihre nächste Rate über ${amount} ist am ${dueDate} fällig
