Hola, ${contact}:

Hemos visto que la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} venció el ${dueDate}, hace ${daysOverdue} días.

Son cosas que pasan: si algo no está claro, responda a este correo y lo resolvemos juntos.

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
