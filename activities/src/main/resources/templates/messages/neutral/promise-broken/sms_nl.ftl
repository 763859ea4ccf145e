${business}: de toegezegde betaling voor factuur ${invoice} (${amount}) is niet binnen. Betalen: ${payLink}
