${business}: vriendelijke herinnering, factuur ${invoice} (${amount}) verviel op ${dueDate}. Betalen: ${payLink}
