Hallo ${contact},

eine freundliche Erinnerung: Die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} ist heute, am ${dueDate}, fällig.

Über den Link unten können Sie bequem mit einem Klick bezahlen. Vielen Dank!

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
