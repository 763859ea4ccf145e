Payment plan for invoice ${invoice}: ${amount} due ${dueDate}
