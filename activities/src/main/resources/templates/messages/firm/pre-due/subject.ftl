Invoice ${invoice} due ${dueDate}
