${business}: FINAL NOTICE, invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Pay within 7 days: ${payLink}
