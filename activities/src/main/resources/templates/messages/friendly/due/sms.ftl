${business}: invoice ${invoice} (${amount}) is due today. Pay: ${payLink}
