${business}: Die zugesagte Zahlung für Rechnung ${invoice} (${amount}) ist nicht eingegangen. Zahlen: ${payLink}
