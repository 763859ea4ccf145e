Geachte ${contact},

<#if invoices??>
wij verzoeken u de volgende facturen onmiddellijk te betalen:

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
factuur ${invoice}<#if po??> (uw inkoopnummer ${po})</#if> van ${amount} is op ${dueDate} vervallen. Wij verzoeken u onmiddellijk te betalen.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Nu betalen: ${payLink}
</#if>
Al uw facturen: ${portalLink}

Hoogachtend,
${signOff}
${business}
