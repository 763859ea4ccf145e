Invoice ${invoice} is due today
