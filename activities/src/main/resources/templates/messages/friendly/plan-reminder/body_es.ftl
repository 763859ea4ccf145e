Hola, ${contact}:

Un amable recordatorio: se acerca la próxima cuota de su plan de pagos de la factura ${invoice}<#if po??> (su pedido ${po})</#if>: ${amount}, con vencimiento el ${dueDate}.

Si ya la ha pagado, muchas gracias, y no tenga en cuenta este mensaje.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Muchas gracias,
${signOff}
${business}
