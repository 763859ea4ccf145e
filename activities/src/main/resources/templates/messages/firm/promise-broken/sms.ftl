${business}: promised payment for invoice ${invoice} (${amount}) not received. Pay now: ${payLink}
