Guten Tag ${contact},

die am ${dueDate} fällige Rate über ${amount} aus dem Zahlungsplan für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> ist nicht eingegangen. Bitte zahlen Sie sie jetzt, damit der Zahlungsplan bestehen bleibt.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
