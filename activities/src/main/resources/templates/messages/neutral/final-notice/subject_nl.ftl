Laatste herinnering: factuur ${invoice}
