Anstehende Zahlung: Rechnung ${invoice}, fällig am ${dueDate}
