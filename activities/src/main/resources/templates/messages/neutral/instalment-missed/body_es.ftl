Buenos días, ${contact}:

No hemos recibido la cuota de ${amount} con vencimiento el ${dueDate} del plan de pagos de la factura ${invoice}<#if po??> (su pedido ${po})</#if>. Le rogamos que la pague ahora para mantener el plan.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Un saludo cordial,
${signOff}
${business}
