Termijn gemist: ${amount} voor factuur ${invoice}
