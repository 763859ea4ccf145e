Zahlungszusage nicht eingehalten: Rechnung ${invoice}
