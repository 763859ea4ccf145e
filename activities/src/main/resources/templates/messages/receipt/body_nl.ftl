Beste ${contact},

Dank u wel voor uw betaling van ${amount} op ${paidOn}. Dit is uw ontvangstbewijs.

<#list invoices as paid>
Factuur ${paid.number}: betaald ${paid.amount}, openstaand saldo ${paid.balance}
</#list>

${signOff}
${business}
