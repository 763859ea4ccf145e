z. Hd. ${contact}

Sehr geehrte Damen und Herren,

gemäß dem für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> vereinbarten Zahlungsplan ist die nächste Rate über ${amount} bis zum ${dueDate} fällig. Bitte zahlen Sie pünktlich: Eine versäumte Rate beendet den Zahlungsplan.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
