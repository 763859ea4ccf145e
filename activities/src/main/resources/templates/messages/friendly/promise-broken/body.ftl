Hi ${contact},

Thanks again for letting us know when you planned to pay invoice ${invoice}<#if po??> (your PO ${po})</#if>. We have not received the payment of ${amount} yet, so we wanted to check in.

If it is already on its way, please ignore this message. If something got in the way, just reply and we will find a date that works.

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
