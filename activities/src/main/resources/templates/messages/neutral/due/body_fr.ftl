Bonjour ${contact},

La facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} arrive à échéance aujourd'hui, le ${dueDate}.

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
