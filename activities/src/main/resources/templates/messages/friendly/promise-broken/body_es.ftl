Hola, ${contact}:

Gracias de nuevo por indicarnos cuándo pensaba pagar la factura ${invoice}<#if po??> (su pedido ${po})</#if>. Todavía no hemos recibido el pago de ${amount}, así que queríamos consultarle.

Si el pago ya está en camino, no tenga en cuenta este mensaje. Si ha surgido algún imprevisto, respóndanos y buscaremos una fecha que le venga bien.

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
