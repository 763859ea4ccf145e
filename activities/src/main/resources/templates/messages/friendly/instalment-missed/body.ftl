Hi ${contact},

We have not received the instalment of ${amount} that was due ${dueDate} under your payment plan for invoice ${invoice}<#if po??> (your PO ${po})</#if>.

If it is on its way, thank you. If something got in the way, please pay it as soon as you can or reply to this email so we can keep your plan going.

Instalment due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
Your plan and invoices: ${portalLink}

Thanks,
${signOff}
${business}
