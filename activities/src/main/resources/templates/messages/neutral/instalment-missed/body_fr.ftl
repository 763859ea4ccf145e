Bonjour ${contact},

L'échéance de ${amount} prévue le ${dueDate} dans l'échéancier de la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> n'a pas été reçue. Merci de la régler dès maintenant pour maintenir l'échéancier.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Cordialement,
${signOff}
${business}
