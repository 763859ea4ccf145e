Rate nicht eingegangen: ${amount} für Rechnung ${invoice}
