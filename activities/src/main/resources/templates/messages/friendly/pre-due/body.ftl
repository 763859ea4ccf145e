Hi ${contact},

Just a quick heads-up that invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} is due on ${dueDate}.

If it is already on its way, thank you, and please ignore this note.

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Thanks so much,
${signOff}
${business}
