<#-- friendly tone, final notice: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Invoice ${invoice}: we need your help to settle it">
<#assign greeting = "Hi ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is now ${daysOverdue} days past its due date of ${dueDate}.',
  "We would really like to settle this with you directly. Please pay or reply within 7 days so we can avoid taking further steps."
]>
<#assign closing = "Thank you,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is ${daysOverdue} days overdue. Please pay within 7 days: ${payLink}">
