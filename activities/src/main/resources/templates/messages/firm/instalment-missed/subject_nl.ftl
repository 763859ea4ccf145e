Termijn gemist: ${amount} voor factuur ${invoice} is achterstallig
