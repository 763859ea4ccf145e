Invoice ${invoice}: your next instalment of ${amount} is due ${dueDate}
