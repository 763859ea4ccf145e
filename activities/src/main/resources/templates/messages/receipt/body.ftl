Hi ${contact},

Thank you for your payment of ${amount} on ${paidOn}. This is your receipt.

<#list invoices as paid>
Invoice ${paid.number}: paid ${paid.amount}, remaining balance ${paid.balance}
</#list>

${signOff}
${business}
