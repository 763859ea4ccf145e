<#-- friendly tone, due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Invoice ${invoice} is due today">
<#assign greeting = "Hi ${contact},">
<#assign paragraphs = [
  'A friendly reminder that invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is due today, ${dueDate}.',
  "You can pay in one tap with the link below. Thank you!"
]>
<#assign closing = "Many thanks,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is due today. Pay: ${payLink}">
