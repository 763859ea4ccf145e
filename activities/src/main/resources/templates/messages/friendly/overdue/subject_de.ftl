Rechnung ${invoice}: eine freundliche Erinnerung
