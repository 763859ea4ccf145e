Dear ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} is ${daysOverdue} days overdue (due ${dueDate}) despite our earlier reminders.

Unless payment is received within 7 days, we will refer this matter for further action.

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
