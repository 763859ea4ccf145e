A la atención de ${contact}:

La cuota de ${amount} con vencimiento el ${dueDate} del plan de pagos de la factura ${invoice}<#if po??> (su pedido ${po})</#if> no se ha pagado. Si no se paga en los próximos días, el plan termina y todo el saldo vuelve a ser exigible.

Cuota pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Su plan de pagos y sus facturas: ${portalLink}

Atentamente,
${signOff}
${business}
