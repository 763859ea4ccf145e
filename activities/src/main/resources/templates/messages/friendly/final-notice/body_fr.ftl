Bonjour ${contact},

La facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} a maintenant ${daysOverdue} jours de retard sur son échéance du ${dueDate}.

Nous souhaitons vraiment régler cela directement avec vous. Merci de payer ou de nous répondre sous 7 jours afin que nous n'ayons pas à engager d'autres démarches.

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
