Guten Tag ${contact},

vielen Dank für Ihre Zahlung über ${amount} am ${paidOn}. Hiermit bestätigen wir den Eingang.

<#list invoices as paid>
Rechnung ${paid.number}: bezahlt ${paid.amount}, Restbetrag ${paid.balance}
</#list>

${signOff}
${business}
