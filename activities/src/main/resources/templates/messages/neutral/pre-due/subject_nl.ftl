Aankomende betaling: factuur ${invoice} vervalt op ${dueDate}
