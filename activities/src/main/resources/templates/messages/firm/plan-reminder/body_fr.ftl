À l'attention de ${contact}

Madame, Monsieur,

Conformément à l'échéancier convenu pour la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if>, la prochaine échéance de ${amount} est à régler au plus tard le ${dueDate}. Merci de respecter cette date : une échéance manquée met fin à l'échéancier.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Veuillez agréer nos salutations distinguées,
${signOff}
${business}
