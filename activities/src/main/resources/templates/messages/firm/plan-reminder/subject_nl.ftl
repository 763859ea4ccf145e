Termijn te betalen op ${dueDate}: ${amount} voor factuur ${invoice}
