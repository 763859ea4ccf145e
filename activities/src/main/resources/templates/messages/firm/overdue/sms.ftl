${business}: invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Pay now: ${payLink}
