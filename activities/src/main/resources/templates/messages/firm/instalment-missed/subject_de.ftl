Rate versäumt: ${amount} für Rechnung ${invoice} ist überfällig
