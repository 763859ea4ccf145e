Vielen Dank für Ihre Zahlung der Rechnung ${invoice}
