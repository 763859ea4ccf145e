Dear ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} falls due on ${dueDate}. Please ensure payment is made by that date.

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
