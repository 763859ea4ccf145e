Dear ${contact},

<#if invoices??>
The following invoices are due for payment:

<#list invoices as due>
Invoice ${due.number}: ${due.amount}, issued ${due.issueDate}, due ${due.dueDate}<#if due.daysOverdue gt 0>, ${due.daysOverdue} days overdue</#if>
Pay now: ${due.payLink}
</#list>
<#if alsoOpen?has_content>

Also open:
<#list alsoOpen as open>
Invoice ${open.number}: ${open.amount}, due ${open.dueDate}
</#list>
</#if>

Pay all at once: ${payAllLink}
<#else>
Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} was due on ${dueDate}.

Invoice: ${invoice}
Amount due: ${amount}
Pay now: ${payLink}
</#if>
All your invoices: ${portalLink}

Kind regards,
${signOff}
${business}
