Letzte Mahnung vor weiteren Schritten: Rechnung ${invoice}
