Payment due today: invoice ${invoice}
