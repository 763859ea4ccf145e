Dear ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} was due on ${dueDate} and is now ${daysOverdue} days overdue.

Payment is required immediately. If you dispute this invoice, reply to this email stating the reason.

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Regards,
${signOff}
${business}
