Betalingsbelofte niet nagekomen: factuur ${invoice}
