A la atención de ${contact}:

La factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} venció el ${dueDate} y lleva ${daysOverdue} días vencida.

Es necesario que realice el pago de inmediato. Si no está conforme con esta factura, responda a este correo indicando el motivo.

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
