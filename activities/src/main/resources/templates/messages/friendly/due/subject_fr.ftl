La facture ${invoice} arrive à échéance aujourd'hui
