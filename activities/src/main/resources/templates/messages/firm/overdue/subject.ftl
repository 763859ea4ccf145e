Payment overdue: invoice ${invoice}
