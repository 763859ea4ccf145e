À l'attention de ${contact}

Madame, Monsieur,

La facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> d'un montant de ${amount} arrive à échéance le ${dueDate}. Nous vous prions de veiller à ce que le paiement soit effectué à cette date.

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
