Factuur ${invoice}: even navragen over uw betaling
