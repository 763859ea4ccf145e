Dear ${contact},

Under the payment plan agreed for invoice ${invoice}<#if po??> (your PO ${po})</#if>, the next instalment of ${amount} is due by ${dueDate}. Please make sure it is paid on time: a missed instalment ends the plan.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Regards,
${signOff}
${business}
