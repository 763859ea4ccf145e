${business}: termijn van ${amount} voor factuur ${invoice} van ${dueDate} is onbetaald; betaal nu of de regeling eindigt: ${payLink}
