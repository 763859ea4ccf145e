${business}: Rechnung ${invoice} (${amount}) ist seit ${daysOverdue} Tagen überfällig. Jetzt zahlen: ${payLink}
