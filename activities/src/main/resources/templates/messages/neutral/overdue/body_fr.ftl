Bonjour ${contact},

Selon nos registres, la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} reste impayée. Elle était due le ${dueDate} et présente ${daysOverdue} jours de retard.

Merci de procéder au paiement, ou de répondre à cet e-mail si la facture pose un problème.

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
