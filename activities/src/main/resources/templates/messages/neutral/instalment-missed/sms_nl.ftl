${business}: termijn van ${amount} voor factuur ${invoice} (vervaldatum ${dueDate}) ontbreekt. Betalen: ${payLink}
