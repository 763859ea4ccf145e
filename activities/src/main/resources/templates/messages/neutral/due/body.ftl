Hello ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} is due today, ${dueDate}.

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
