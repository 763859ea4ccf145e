Instalment missed: ${amount} for invoice ${invoice} is overdue
