A la atención de ${contact}:

No hemos recibido el pago que se comprometió a realizar de la factura ${invoice}<#if po??> (su pedido ${po})</#if>. Siguen pendientes ${amount}, ${daysOverdue} días después del vencimiento del ${dueDate}.

Es necesario que realice el pago de inmediato. Nuestros recordatorios se reanudan a partir de hoy.

Factura: ${invoice}
Importe pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Todas sus facturas: ${portalLink}

Atentamente,
${signOff}
${business}
