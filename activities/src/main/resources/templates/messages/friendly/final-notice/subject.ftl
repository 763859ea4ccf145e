Invoice ${invoice}: we need your help to settle it
