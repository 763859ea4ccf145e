<#-- firm tone, pre due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Invoice ${invoice} due ${dueDate}">
<#assign greeting = "Dear ${contact},">
<#assign paragraphs = [
  'Invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} falls due on ${dueDate}. Please ensure payment is made by that date.'
]>
<#assign closing = "Regards,">
<#assign sms = "${business}: invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}">
