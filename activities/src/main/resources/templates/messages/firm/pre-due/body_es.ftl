A la atención de ${contact}:

La factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} vence el ${dueDate}. Le rogamos que se asegure de que el pago se realice en esa fecha.

Factura: ${invoice}
Importe pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Todas sus facturas: ${portalLink}

Atentamente,
${signOff}
${business}
