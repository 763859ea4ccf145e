A la atención de ${contact}:

Según el plan de pagos acordado para la factura ${invoice}<#if po??> (su pedido ${po})</#if>, la próxima cuota de ${amount} vence a más tardar el ${dueDate}. Le rogamos que la pague a tiempo: una cuota impagada pone fin al plan.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Atentamente,
${signOff}
${business}
