${business}: factuur ${invoice} (${amount}) is ${daysOverdue} dagen te laat. Betaal binnen 7 dagen: ${payLink}
