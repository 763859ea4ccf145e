Factuur ${invoice} vervalt vandaag
