${business}: we hebben de geplande betaling voor factuur ${invoice} (${amount}) nog niet ontvangen. Betalen: ${payLink}
