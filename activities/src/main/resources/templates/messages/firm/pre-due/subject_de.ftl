Rechnung ${invoice} fällig am ${dueDate}
