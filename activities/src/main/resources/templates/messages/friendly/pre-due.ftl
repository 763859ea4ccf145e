<#-- friendly tone, pre due: plain strings; the email and SMS layouts escape and place them -->
<#assign subject = "Heads-up: invoice ${invoice} is due on ${dueDate}">
<#assign greeting = "Hi ${contact},">
<#assign paragraphs = [
  'Just a quick heads-up that invoice ${invoice}${po???then(" (your PO " + po + ")", "")} for ${amount} is due on ${dueDate}.',
  "If it is already on its way, thank you, and please ignore this note."
]>
<#assign closing = "Thanks so much,">
<#assign sms = "${business}: friendly heads-up, invoice ${invoice} (${amount}) is due ${dueDate}. Pay: ${payLink}">
