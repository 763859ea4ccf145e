Ontvangstbewijs voor uw betaling van ${amount}
