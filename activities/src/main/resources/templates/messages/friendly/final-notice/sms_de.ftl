${business}: Rechnung ${invoice} (${amount}) ist ${daysOverdue} Tage überfällig. Bitte zahlen Sie innerhalb von 7 Tagen: ${payLink}
