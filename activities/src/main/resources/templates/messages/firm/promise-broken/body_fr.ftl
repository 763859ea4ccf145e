À l'attention de ${contact}

Madame, Monsieur,

Le paiement que vous nous aviez promis pour la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> n'a pas été reçu. ${amount} restent dus, ${daysOverdue} jours après l'échéance du ${dueDate}.

Nous vous demandons de régler immédiatement. Nos relances reprennent à compter d'aujourd'hui.

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
