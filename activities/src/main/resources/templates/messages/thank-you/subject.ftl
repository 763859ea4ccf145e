Thank you for your payment of invoice ${invoice}
