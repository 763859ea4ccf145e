Rechnung ${invoice}: Ihre Rate über ${amount} ist noch nicht eingegangen
