Toegezegde betaling niet ontvangen: factuur ${invoice}
