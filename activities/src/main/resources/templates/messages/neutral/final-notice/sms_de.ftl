${business}: Letzte Erinnerung, Rechnung ${invoice} (${amount}) ist ${daysOverdue} Tage überfällig. Bitte innerhalb von 7 Tagen zahlen: ${payLink}
