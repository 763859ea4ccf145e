Buenos días, ${contact}:

Nos indicó que la factura ${invoice}<#if po??> (su pedido ${po})</#if> se pagaría, pero la fecha prevista ya ha pasado y siguen pendientes ${amount}.

Le rogamos que realice el pago ahora o que responda a este correo con una nueva fecha.

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
