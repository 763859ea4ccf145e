${business}: de termijn van ${amount} voor factuur ${invoice}, te betalen op ${dueDate}, is niet binnen. Betalen: ${payLink}
