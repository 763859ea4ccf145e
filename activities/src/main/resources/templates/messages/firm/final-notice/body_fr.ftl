À l'attention de ${contact}

Madame, Monsieur,

Malgré nos précédents rappels, la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} présente ${daysOverdue} jours de retard (échéance du ${dueDate}).

À défaut de paiement sous 7 jours, nous transmettrons ce dossier pour la suite à donner.

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
