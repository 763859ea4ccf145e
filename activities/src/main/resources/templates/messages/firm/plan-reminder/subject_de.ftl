Rate fällig am ${dueDate}: ${amount} für Rechnung ${invoice}
