Betalingsregeling factuur ${invoice}: ${amount} te betalen op ${dueDate}
