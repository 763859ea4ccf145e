Bonjour ${contact},

Un petit rappel : la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} arrive à échéance le ${dueDate}.

Si le paiement est déjà en route, merci beaucoup, et ne tenez pas compte de ce message.

Facture : ${invoice}
Montant dû : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Toutes vos factures : ${portalLink}

Merci beaucoup et bonne journée,
${signOff}
${business}
