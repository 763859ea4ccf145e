Hallo ${contact},

<#if invoices??>
een korte herinnering aan de volgende facturen, die nu vervallen zijn:

<#list invoices as due>
Factuur ${due.number}: ${due.amount}, uitgegeven op ${due.issueDate}, vervallen op ${due.dueDate}<#if due.daysOverdue gt 0>, ${due.daysOverdue} dagen te laat</#if>
Nu betalen: ${due.payLink}
</#list>
<#if alsoOpen?has_content>

Ook nog open:
<#list alsoOpen as open>
Factuur ${open.number}: ${open.amount}, vervalt op ${open.dueDate}
</#list>
</#if>

Alles in één keer betalen: ${payAllLink}
<#else>
het viel ons op dat factuur ${invoice}<#if po??> (uw inkoopnummer ${po})</#if> van ${amount} op ${dueDate} vervallen is.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Nu betalen: ${payLink}
</#if>
Al uw facturen: ${portalLink}

Alvast bedankt en met vriendelijke groet,
${signOff}
${business}
