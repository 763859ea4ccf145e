Hello ${contact},

You told us that invoice ${invoice}<#if po??> (your PO ${po})</#if> would be paid, but the promised date has passed and ${amount} is still outstanding.

Please arrange payment now, or reply to this email with a new date.

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
