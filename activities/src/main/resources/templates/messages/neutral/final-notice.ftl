<#-- neutral tone, final notice: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Final notice: invoice ${invoice}">
<#assign greeting = "Hello ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} remains unpaid ${daysOverdue} days after its due date of ${dueDate}.',
  "This is our final reminder. Please pay within 7 days or contact us to agree a plan."
]>
<#assign closing = "Regards,">
<#assign sms = "${business}: final notice, invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Pay within 7 days: ${payLink}">
