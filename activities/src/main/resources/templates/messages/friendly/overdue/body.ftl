Hi ${contact},

We noticed invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} was due on ${dueDate}, ${daysOverdue} days ago.

These things slip through: if anything is unclear, just reply to this email and we will sort it out together.

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Thanks in advance,
${signOff}
${business}
