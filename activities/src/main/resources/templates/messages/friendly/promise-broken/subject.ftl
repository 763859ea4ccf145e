Invoice ${invoice}: checking in on your payment
