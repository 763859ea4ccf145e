Bonjour ${contact},

Nous avons remarqué que la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} était due le ${dueDate}, il y a ${daysOverdue} jours.

Cela peut arriver à tout le monde : si quelque chose n'est pas clair, répondez simplement à cet e-mail et nous trouverons une solution ensemble.

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
