Hola, ${contact}:

Le recordamos amablemente que la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} vence hoy, ${dueDate}.

Puede pagarla con un solo clic en el enlace de abajo. ¡Gracias!

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
