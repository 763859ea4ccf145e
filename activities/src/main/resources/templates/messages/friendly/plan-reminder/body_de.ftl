Hallo ${contact},

eine freundliche Erinnerung: Die nächste Rate Ihres Zahlungsplans für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> steht an: ${amount}, fällig am ${dueDate}.

Falls Sie sie bereits überwiesen haben, vielen Dank – dann ist diese Nachricht gegenstandslos.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Vielen Dank und viele Grüße
${signOff}
${business}
