${business}: LETZTE MAHNUNG, Rechnung ${invoice} (${amount}) ist ${daysOverdue} Tage überfällig. Zahlung innerhalb von 7 Tagen: ${payLink}
