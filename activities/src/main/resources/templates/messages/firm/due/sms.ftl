${business}: ${amount} for invoice ${invoice} is due today. Pay: ${payLink}
