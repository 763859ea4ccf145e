Hello ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} remains unpaid ${daysOverdue} days after its due date of ${dueDate}.

This is our final reminder. Please pay within 7 days or contact us to agree a plan.

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
