Buenos días, ${contact}:

Le recordamos que vence la próxima cuota del plan de pagos de la factura ${invoice}<#if po??> (su pedido ${po})</#if>: ${amount}, a más tardar el ${dueDate}.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Un saludo cordial,
${signOff}
${business}
