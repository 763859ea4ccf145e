Bonjour ${contact},

Nous vous rappelons que la prochaine échéance de l'échéancier de la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> arrive : ${amount} à régler au plus tard le ${dueDate}.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Cordialement,
${signOff}
${business}
