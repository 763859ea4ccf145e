${business}: friendly heads-up, invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}
