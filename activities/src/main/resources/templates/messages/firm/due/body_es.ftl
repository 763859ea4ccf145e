A la atención de ${contact}:

El pago de ${amount} de la factura ${invoice}<#if po??> (su pedido ${po})</#if> vence hoy, ${dueDate}. Le rogamos que lo realice hoy mismo.

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
