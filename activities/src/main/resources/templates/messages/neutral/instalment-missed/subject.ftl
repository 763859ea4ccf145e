Missed instalment: ${amount} for invoice ${invoice}
