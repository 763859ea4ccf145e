${business}: your next instalment for invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}
