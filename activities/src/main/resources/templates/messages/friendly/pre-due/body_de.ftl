Hallo ${contact},

nur ein kurzer Hinweis: Die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} ist am ${dueDate} fällig.

Falls die Zahlung schon unterwegs ist, vielen Dank – dann ist diese Nachricht gegenstandslos.

Rechnung: ${invoice}
Offener Betrag: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Alle Ihre Rechnungen: ${portalLink}

Vielen Dank und viele Grüße
${signOff}
${business}
