Heads-up: invoice ${invoice} is due on ${dueDate}
