À l'attention de ${contact}

Madame, Monsieur,

Le paiement de ${amount} au titre de la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> est exigible aujourd'hui, le ${dueDate}. Merci de régler aujourd'hui.

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
