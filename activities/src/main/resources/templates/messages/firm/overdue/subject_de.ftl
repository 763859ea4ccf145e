Zahlung überfällig: Rechnung ${invoice}
