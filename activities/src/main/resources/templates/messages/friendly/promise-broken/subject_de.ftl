Rechnung ${invoice}: kurze Nachfrage zu Ihrer Zahlung
