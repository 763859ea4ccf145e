${business}: LAATSTE AANMANING, factuur ${invoice} (${amount}) is ${daysOverdue} dagen achterstallig. Betaal binnen 7 dagen: ${payLink}
