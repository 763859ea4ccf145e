<#-- firm tone, overdue: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Payment overdue: invoice ${invoice}">
<#assign greeting = "Dear ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} was due on ${dueDate} and is now ${daysOverdue} days overdue.',
  "Payment is required immediately. If you dispute this invoice, reply to this email stating the reason."
]>
<#assign closing = "Regards,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Pay now: ${payLink}">
