Betaling achterstallig: factuur ${invoice}
