Guten Tag ${contact},

wir möchten Sie daran erinnern, dass die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} am ${dueDate} fällig ist.

Rechnung: ${invoice}
Offener Betrag: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Alle Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
