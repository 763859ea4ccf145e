Buenos días, ${contact}:

La factura ${invoice}<#if po??> (su pedido ${po})</#if> por ${amount} sigue sin pagarse ${daysOverdue} días después de su vencimiento, el ${dueDate}.

Este es nuestro último recordatorio. Le rogamos que pague en un plazo de 7 días o que se ponga en contacto con nosotros para acordar un plan de pagos.

Factura: ${invoice}
Importe pendiente: ${amount}
Fecha de vencimiento: ${dueDate}
<#if po??>Su referencia: ${po}
</#if>
Pagar ahora: ${payLink}
Todas sus facturas: ${portalLink}

Un saludo cordial,
${signOff}
${business}
