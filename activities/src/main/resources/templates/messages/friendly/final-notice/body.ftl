Hi ${contact},

Invoice ${invoice}<#if po??> (your PO ${po})</#if> for ${amount} is now ${daysOverdue} days past its due date of ${dueDate}.

We would really like to settle this with you directly. Please pay or reply within 7 days so we can avoid taking further steps.

Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>
Pay now: ${payLink}
All your invoices: ${portalLink}

Thank you,
${signOff}
${business}
