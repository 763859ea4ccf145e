Buenos días, ${contact}:

Según nuestros registros, la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} sigue pendiente de pago. Venció el ${dueDate} y lleva ${daysOverdue} días vencida.

Le rogamos que realice el pago o que responda a este correo si hay algún problema con la factura.

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
