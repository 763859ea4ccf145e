Hola ${contact}:

Gracias por su pago de ${amount} del ${paidOn}. Este es su recibo.

<#list invoices as paid>
Factura ${paid.number}: pagado ${paid.amount}, saldo pendiente ${paid.balance}
</#list>

${signOff}
${business}
