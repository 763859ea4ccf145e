Hi ${contact},

Just a friendly reminder that the next instalment of your payment plan for invoice ${invoice}<#if po??> (your PO ${po})</#if> is coming up: ${amount}, due ${dueDate}.

If you have already sent it, thank you, and please ignore this message.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Thanks in advance,
${signOff}
${business}
