<#-- neutral tone, pre due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Upcoming payment: invoice ${invoice} due ${dueDate}">
<#assign greeting = "Hello ${contact},">
<#assign paragraphs = [
  'This is a reminder that invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is due on ${dueDate}.'
]>
<#assign closing = "Kind regards,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}">
