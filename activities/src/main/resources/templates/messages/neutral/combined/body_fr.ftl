Bonjour ${contact},

<#if invoices??>
les factures suivantes sont arrivées à échéance :

<#list invoices as due>
Facture ${due.number} : ${due.amount}, émise le ${due.issueDate}, échue le ${due.dueDate}<#if due.daysOverdue gt 0>, en retard de ${due.daysOverdue} jours</#if>
Payer maintenant: ${due.payLink}
</#list>
<#if alsoOpen?has_content>

Également ouvertes :
<#list alsoOpen as open>
Facture ${open.number} : ${open.amount}, échéance le ${open.dueDate}
</#list>
</#if>

Tout régler en une fois: ${payAllLink}
<#else>
la facture ${invoice}<#if po??> (votre bon de commande ${po})</#if> de ${amount} était due le ${dueDate}.

Facture: ${invoice}
Montant dû: ${amount}
Payer maintenant: ${payLink}
</#if>
Toutes vos factures: ${portalLink}

Cordialement,
${signOff}
${business}
