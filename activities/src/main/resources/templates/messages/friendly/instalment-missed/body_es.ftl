Hola, ${contact}:

No hemos recibido la cuota de ${amount} que vencía el ${dueDate} según su plan de pagos de la factura ${invoice}<#if po??> (su pedido ${po})</#if>.

Si está en camino, gracias. Si ha surgido algún imprevisto, le rogamos que la pague cuanto antes o que responda a este correo para poder mantener su plan.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Muchas gracias,
${signOff}
${business}
