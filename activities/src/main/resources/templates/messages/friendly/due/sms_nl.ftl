${business}: factuur ${invoice} (${amount}) vervalt vandaag. Betalen: ${payLink}
