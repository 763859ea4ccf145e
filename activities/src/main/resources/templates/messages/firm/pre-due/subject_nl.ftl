Factuur ${invoice} vervalt op ${dueDate}
