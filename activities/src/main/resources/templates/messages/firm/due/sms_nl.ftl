${business}: ${amount} voor factuur ${invoice} is vandaag verschuldigd. Betalen: ${payLink}
