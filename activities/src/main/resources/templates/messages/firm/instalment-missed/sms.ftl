${business}: instalment of ${amount} for invoice ${invoice} due ${dueDate} is unpaid; pay now or the plan ends: ${payLink}
