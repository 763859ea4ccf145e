${business}: the promised payment for invoice ${invoice} (${amount}) has not arrived. Pay: ${payLink}
