${business}: termijn van ${amount} voor factuur ${invoice} vervalt op ${dueDate}; bij een gemiste termijn vervalt de regeling. Betalen: ${payLink}
