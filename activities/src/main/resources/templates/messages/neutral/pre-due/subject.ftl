Upcoming payment: invoice ${invoice} due ${dueDate}
