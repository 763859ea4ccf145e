${business}: termijn van ${amount} voor factuur ${invoice}, te betalen op ${dueDate}. Betalen: ${payLink}
