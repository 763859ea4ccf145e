A la atención de ${contact}:

A pesar de nuestros recordatorios anteriores, la factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} lleva ${daysOverdue} días vencida (vencimiento el ${dueDate}).

Si no recibimos el pago en un plazo de 7 días, trasladaremos este asunto para tomar otras medidas.

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
