Laatste aanmaning voor verdere stappen: factuur ${invoice}
