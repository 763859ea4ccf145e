Recibo de su pago de ${amount}
