Bedankt voor uw betaling van factuur ${invoice}
