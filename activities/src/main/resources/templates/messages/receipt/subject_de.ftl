Zahlungsbestätigung über ${amount}
