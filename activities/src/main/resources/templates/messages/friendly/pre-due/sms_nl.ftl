${business}: even ter herinnering, factuur ${invoice} (${amount}) vervalt op ${dueDate}. Betalen: ${payLink}
