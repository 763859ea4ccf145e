${business}: termijn van ${amount} voor factuur ${invoice} vervalt op ${dueDate}; een gemiste termijn beëindigt de regeling. Betalen: ${payLink}
