Factuur ${invoice}: uw volgende termijn van ${amount} vervalt op ${dueDate}
