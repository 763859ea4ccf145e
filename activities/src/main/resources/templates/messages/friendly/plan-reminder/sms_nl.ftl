${business}: uw volgende termijn voor factuur ${invoice} (${amount}) vervalt op ${dueDate}. Betalen: ${payLink}
