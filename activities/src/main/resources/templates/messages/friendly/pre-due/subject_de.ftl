Kurze Erinnerung: Rechnung ${invoice} ist am ${dueDate} fällig
