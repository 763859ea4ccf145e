Guten Tag ${contact},

wir erinnern Sie daran, dass die nächste Rate des Zahlungsplans für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> fällig wird: ${amount} bis zum ${dueDate}.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
