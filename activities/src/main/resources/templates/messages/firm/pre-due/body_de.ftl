z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} wird am ${dueDate} fällig. Bitte stellen Sie sicher, dass die Zahlung bis zu diesem Datum erfolgt.

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
