Even ter herinnering: factuur ${invoice} vervalt op ${dueDate}
