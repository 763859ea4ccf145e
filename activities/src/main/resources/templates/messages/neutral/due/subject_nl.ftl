Vandaag te betalen: factuur ${invoice}
