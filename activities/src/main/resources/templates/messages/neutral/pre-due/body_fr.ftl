Bonjour ${contact},

Nous vous rappelons que la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} arrive à échéance le ${dueDate}.

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
