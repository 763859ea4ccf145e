${business}: Rechnung ${invoice} (${amount}) ist heute fällig. Zahlen: ${payLink}
