Payment promise not kept: invoice ${invoice}
