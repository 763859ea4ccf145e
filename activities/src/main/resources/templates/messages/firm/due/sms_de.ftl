${business}: ${amount} für Rechnung ${invoice} sind heute fällig. Zahlen: ${payLink}
