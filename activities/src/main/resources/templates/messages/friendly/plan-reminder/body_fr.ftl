Bonjour ${contact},

Un petit rappel : la prochaine échéance de votre échéancier pour la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> approche : ${amount}, à régler le ${dueDate}.

Si vous l'avez déjà réglée, merci beaucoup, et ne tenez pas compte de ce message.

Échéance à régler : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Votre échéancier et vos factures : ${portalLink}

Merci beaucoup et bonne journée,
${signOff}
${business}
