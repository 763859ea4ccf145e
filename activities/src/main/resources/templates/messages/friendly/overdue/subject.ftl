Invoice ${invoice}: a gentle reminder
