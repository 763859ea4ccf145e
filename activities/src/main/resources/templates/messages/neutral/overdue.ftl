<#-- neutral tone, overdue: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Overdue: invoice ${invoice}">
<#assign greeting = "Hello ${contact},">
<#assign paragraphs = [
  'Our records show invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} as unpaid. It was due on ${dueDate} and is ${daysOverdue} days overdue.',
  "Please arrange payment, or reply to this email if there is a problem with the invoice."
]>
<#assign closing = "Kind regards,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is overdue since ${dueDate}. Pay: ${payLink}">
