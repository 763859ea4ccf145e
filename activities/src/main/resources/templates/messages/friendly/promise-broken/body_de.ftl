Hallo ${contact},

nochmals danke, dass Sie uns gesagt haben, wann Sie die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> bezahlen möchten. Die Zahlung über ${amount} ist bei uns noch nicht eingegangen, deshalb fragen wir kurz nach.

Falls sie schon unterwegs ist, ist diese Nachricht gegenstandslos. Falls etwas dazwischengekommen ist, antworten Sie einfach, dann finden wir einen passenden Termin.

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
