Hello ${contact},

This is a reminder that the next instalment of the payment plan for invoice ${invoice}<#if po??> (your PO ${po})</#if> is due: ${amount} by ${dueDate}.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Kind regards,
${signOff}
${business}
