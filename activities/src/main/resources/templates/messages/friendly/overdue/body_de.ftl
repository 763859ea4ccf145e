Hallo ${contact},

uns ist aufgefallen, dass die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} am ${dueDate} fällig war, also vor ${daysOverdue} Tagen.

So etwas geht im Alltag leicht unter. Wenn etwas unklar ist, antworten Sie einfach auf diese E-Mail, dann klären wir das gemeinsam.

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
