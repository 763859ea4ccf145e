Dear ${contact},

The payment you promised for invoice ${invoice}<#if po??> (your PO ${po})</#if> has not been received. ${amount} remains outstanding, ${daysOverdue} days after the due date of ${dueDate}.

Payment is required immediately. Our reminders resume from today.

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
