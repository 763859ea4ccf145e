z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} war am ${dueDate} fällig und ist nun seit ${daysOverdue} Tagen überfällig.

Wir bitten um sofortige Zahlung. Sollten Sie die Rechnung beanstanden, teilen Sie uns den Grund bitte in einer Antwort auf diese E-Mail mit.

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
