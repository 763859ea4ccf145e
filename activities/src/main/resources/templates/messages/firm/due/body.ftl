Dear ${contact},

Payment of ${amount} for invoice ${invoice}<#if po??> (your PO ${po})</#if> is due today, ${dueDate}. Please pay today.

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
