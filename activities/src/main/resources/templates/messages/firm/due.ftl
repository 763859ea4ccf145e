<#-- firm tone, due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Invoice ${invoice} is due today">
<#assign greeting = "Dear ${contact},">
<#assign paragraphs = [
  'Payment of ${amount} for invoice ${invoice}${po???then(" (your PO " + po + ")", "")} is due today, ${dueDate}. Please pay today.'
]>
<#assign closing = "Regards,">
<#assign sms = "${business}: ${amount} for invoice ${invoice} is due today. Pay: ${payLink}">
