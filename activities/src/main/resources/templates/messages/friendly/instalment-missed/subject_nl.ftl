Factuur ${invoice}: we hebben uw termijn van ${amount} niet ontvangen
