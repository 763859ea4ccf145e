${business}: Ihre geplante Zahlung für Rechnung ${invoice} (${amount}) ist noch nicht eingegangen. Zahlen: ${payLink}
