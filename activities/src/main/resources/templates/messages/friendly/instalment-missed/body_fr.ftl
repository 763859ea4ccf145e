Bonjour ${contact},

Nous n'avons pas reçu l'échéance de ${amount} prévue le ${dueDate} dans votre échéancier pour la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if>.

Si elle est en route, merci. Si quelque chose vous en a empêché, merci de la régler dès que possible ou de répondre à cet e-mail afin que votre échéancier puisse continuer.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Merci beaucoup et bonne journée,
${signOff}
${business}
