Overdue: invoice ${invoice}
