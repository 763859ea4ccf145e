Letzte Erinnerung: Rechnung ${invoice}
