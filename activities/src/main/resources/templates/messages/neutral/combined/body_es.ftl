Estimado/a ${contact}:

<#if invoices??>
las siguientes facturas están pendientes de pago:

<#list invoices as due>
Factura ${due.number}: ${due.amount}, emitida el ${due.issueDate}, vencida el ${due.dueDate}<#if due.daysOverdue gt 0>, con ${due.daysOverdue} días de retraso</#if>
Pagar ahora: ${due.payLink}
</#list>
<#if alsoOpen?has_content>

También pendientes:
<#list alsoOpen as open>
Factura ${open.number}: ${open.amount}, vence el ${open.dueDate}
</#list>
</#if>

Pagar todo de una vez: ${payAllLink}
<#else>
la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} venció el ${dueDate}.

Factura: ${invoice}
Importe pendiente: ${amount}
Pagar ahora: ${payLink}
</#if>
Todas sus facturas: ${portalLink}

Atentamente,
${signOff}
${business}
