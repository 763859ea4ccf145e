Zugesagte Zahlung nicht eingegangen: Rechnung ${invoice}
