Receipt for your payment of ${amount}
