<#-- firm tone, final notice: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Final notice before further action: invoice ${invoice}">
<#assign greeting = "Dear ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is ${daysOverdue} days overdue (due ${dueDate}) despite our earlier reminders.',
  "Unless payment is received within 7 days, we will refer this matter for further action."
]>
<#assign closing = "Regards,">
<#assign sms = "${business}: FINAL NOTICE, invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Pay within 7 days: ${payLink}">
