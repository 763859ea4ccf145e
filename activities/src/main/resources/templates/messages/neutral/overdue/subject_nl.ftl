Vervallen: factuur ${invoice}
