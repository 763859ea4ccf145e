Buenos días, ${contact}:

Le recordamos que la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} vence el ${dueDate}.

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
