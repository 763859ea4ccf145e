${business}: factuur ${invoice} (${amount}) is ${daysOverdue} dagen achterstallig. Nu betalen: ${payLink}
