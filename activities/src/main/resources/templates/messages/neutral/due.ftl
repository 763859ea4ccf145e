<#-- neutral tone, due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Payment due today: invoice ${invoice}">
<#assign greeting = "Hello ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is due today, ${dueDate}.'
]>
<#assign closing = "Kind regards,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is due today. Pay: ${payLink}">
