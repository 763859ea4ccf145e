Guten Tag ${contact},

Sie hatten uns die Zahlung der Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> zugesagt. Der genannte Termin ist jedoch verstrichen, und ${amount} sind weiterhin offen.

Bitte veranlassen Sie die Zahlung jetzt oder nennen Sie uns in Ihrer Antwort auf diese E-Mail einen neuen Termin.

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
