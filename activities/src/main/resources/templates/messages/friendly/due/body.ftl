Hi ${contact},

A friendly reminder that invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} is due today, ${dueDate}.

You can pay in one tap with the link below. Thank you!

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Many thanks,
${signOff}
${business}
