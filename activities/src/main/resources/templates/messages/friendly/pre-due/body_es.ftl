Hola, ${contact}:

Solo un breve recordatorio: la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} vence el ${dueDate}.

Si el pago ya está en camino, muchas gracias, y no tenga en cuenta este mensaje.

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
