Zahlungsplan für Rechnung ${invoice}: ${amount} fällig am ${dueDate}
