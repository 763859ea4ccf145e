Hello ${contact},

The instalment of ${amount} due ${dueDate} under the payment plan for invoice ${invoice}<#if po??> (your PO ${po})</#if> has not been received. Please pay it now to keep the plan in place.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Kind regards,
${signOff}
${business}
