Dear ${contact},

The instalment of ${amount} due ${dueDate} under the payment plan for invoice ${invoice}<#if po??> (your PO ${po})</#if> has not been paid. Unless it is paid within the next few days, the plan ends and the full balance falls due again.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Regards,
${signOff}
${business}
