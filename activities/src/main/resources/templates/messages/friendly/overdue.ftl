<#-- friendly tone, overdue: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Invoice ${invoice}: a gentle reminder">
<#assign greeting = "Hi ${contact},">
<#assign paragraphs = [
  'We noticed invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} was due on ${dueDate}, ${daysOverdue} days ago.',
  "These things slip through: if anything is unclear, just reply to this email and we will sort it out together."
]>
<#assign closing = "Thanks in advance,">
<#assign sms = "${business}: a gentle reminder, invoice ${invoice} (${amount}) was due ${dueDate}. Pay: ${payLink}">
