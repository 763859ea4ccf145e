Heute fällig: Rechnung ${invoice}
