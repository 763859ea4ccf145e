À l'attention de ${contact}

Madame, Monsieur,

L'échéance de ${amount} prévue le ${dueDate} dans l'échéancier de la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> n'a pas été payée. Sans paiement dans les prochains jours, l'échéancier prend fin et la totalité du solde redevient exigible.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Veuillez agréer nos salutations distinguées,
${signOff}
${business}
