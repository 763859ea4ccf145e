${business}: toegezegde betaling voor factuur ${invoice} (${amount}) niet ontvangen. Nu betalen: ${payLink}
