${business}: invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Please pay within 7 days: ${payLink}
