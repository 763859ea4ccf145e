Zahlungserinnerung: Rechnung ${invoice}
