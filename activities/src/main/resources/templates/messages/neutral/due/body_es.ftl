Buenos días, ${contact}:

La factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} vence hoy, ${dueDate}.

Factura: ${invoice}
Importe pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Todas sus facturas: ${portalLink}

Un saludo cordial,
${signOff}
${business}
