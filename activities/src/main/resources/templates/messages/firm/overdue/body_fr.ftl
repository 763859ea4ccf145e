À l'attention de ${contact}

Madame, Monsieur,

La facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} était due le ${dueDate} et présente aujourd'hui ${daysOverdue} jours de retard.

Nous vous demandons de procéder immédiatement au paiement. Si vous contestez cette facture, merci de nous en indiquer le motif en répondant à cet e-mail.

Facture : ${invoice}
Montant dû : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Toutes vos factures : ${portalLink}

Veuillez agréer nos salutations distinguées,
${signOff}
${business}
