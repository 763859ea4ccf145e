Hola, ${contact}:

La factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} lleva ya ${daysOverdue} días vencida desde el ${dueDate}.

Nos gustaría mucho resolverlo directamente con usted. Le rogamos que pague o nos responda en un plazo de 7 días para no tener que dar otros pasos.

Factura: ${invoice}
Importe pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Todas sus facturas: ${portalLink}

Muchas gracias,
${signOff}
${business}
