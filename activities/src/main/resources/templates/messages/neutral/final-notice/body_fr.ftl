Bonjour ${contact},

La facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} reste impayée ${daysOverdue} jours après son échéance du ${dueDate}.

Ceci est notre dernier rappel. Merci de payer sous 7 jours ou de nous contacter pour convenir d'un échéancier.

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
