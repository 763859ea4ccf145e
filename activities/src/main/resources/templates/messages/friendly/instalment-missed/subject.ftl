Invoice ${invoice}: we have not received your instalment of ${amount}
