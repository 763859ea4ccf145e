Final notice: invoice ${invoice}
