Factuur ${invoice}: help ons deze af te handelen
