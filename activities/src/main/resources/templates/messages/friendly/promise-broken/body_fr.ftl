Bonjour ${contact},

Merci encore de nous avoir indiqué quand vous comptiez régler la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if>. Nous n'avons pas encore reçu le paiement de ${amount}, c'est pourquoi nous revenons vers vous.

Si le paiement est déjà en route, ne tenez pas compte de ce message. Si quelque chose vous en a empêché, répondez-nous simplement et nous conviendrons d'une nouvelle date.

Facture : ${invoice}
Montant dû : ${amount}
Date d'échéance : ${dueDate}
<#if po??>Votre référence : ${po}
</#if>
Payer maintenant : ${payLink}
Toutes vos factures : ${portalLink}

Merci beaucoup et bonne journée,
${signOff}
${business}
