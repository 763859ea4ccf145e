${business}: we have not received the payment you planned for invoice ${invoice} (${amount}) yet. Pay: ${payLink}
