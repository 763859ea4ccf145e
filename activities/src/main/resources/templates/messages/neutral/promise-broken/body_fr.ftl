Bonjour ${contact},

Vous nous aviez indiqué que la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> serait réglée, mais la date annoncée est passée et ${amount} restent dus.

Merci de procéder au paiement dès maintenant, ou de répondre à cet e-mail en nous indiquant une nouvelle date.

Facture : ${invoice}
Montant dû : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Toutes vos factures : ${portalLink}

Cordialement,
${signOff}
${business}
