z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die Zahlung von ${amount} für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> ist heute, am ${dueDate}, fällig. Bitte zahlen Sie noch heute.

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
