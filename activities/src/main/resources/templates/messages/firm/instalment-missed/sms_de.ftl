${business}: Rate über ${amount} für Rechnung ${invoice}, fällig am ${dueDate}, ist unbezahlt; zahlen Sie jetzt, sonst endet der Plan: ${payLink}
