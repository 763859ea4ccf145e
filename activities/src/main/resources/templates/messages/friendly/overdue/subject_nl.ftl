Factuur ${invoice}: een vriendelijke herinnering
