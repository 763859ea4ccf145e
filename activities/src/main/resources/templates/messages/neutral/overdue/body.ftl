Hello ${contact},

Our records show invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} as unpaid. It was due on ${dueDate} and is ${daysOverdue} days overdue.

Please arrange payment, or reply to this email if there is a problem with the invoice.

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Kind regards,
${signOff}
${business}
