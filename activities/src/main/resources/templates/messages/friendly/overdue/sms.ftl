${business}: a gentle reminder, invoice ${invoice} (${amount}) was due ${dueDate}. Pay: ${payLink}
