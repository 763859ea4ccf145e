Bonjour ${contact},

Un rappel amical : la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} arrive à échéance aujourd'hui, le ${dueDate}.

Vous pouvez la régler en un clic grâce au lien ci-dessous. Merci !

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
