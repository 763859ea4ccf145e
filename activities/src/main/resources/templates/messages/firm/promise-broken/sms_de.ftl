${business}: Zugesagte Zahlung für Rechnung ${invoice} (${amount}) nicht eingegangen. Jetzt zahlen: ${payLink}
