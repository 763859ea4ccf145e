Promised payment not received: invoice ${invoice}
