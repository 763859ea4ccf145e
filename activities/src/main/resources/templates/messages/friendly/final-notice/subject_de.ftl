Rechnung ${invoice}: Bitte helfen Sie uns, sie zu begleichen
