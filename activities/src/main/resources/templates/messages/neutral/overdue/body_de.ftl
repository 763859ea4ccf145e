Guten Tag ${contact},

laut unserer Buchhaltung ist die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} noch offen. Sie war am ${dueDate} fällig und ist seit ${daysOverdue} Tagen überfällig.

Bitte veranlassen Sie die Zahlung oder antworten Sie auf diese E-Mail, falls es mit der Rechnung ein Problem gibt.

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
