Guten Tag ${contact},

die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} ist ${daysOverdue} Tage nach ihrem Fälligkeitsdatum (${dueDate}) weiterhin unbezahlt.

Dies ist unsere letzte Erinnerung. Bitte zahlen Sie innerhalb von 7 Tagen oder kontaktieren Sie uns, um eine Ratenzahlung zu vereinbaren.

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
