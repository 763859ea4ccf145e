Facture ${invoice} : nous n'avons pas reçu votre échéance de ${amount}
