Final notice before further action: invoice ${invoice}
