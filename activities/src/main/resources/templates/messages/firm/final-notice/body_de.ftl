z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} ist trotz unserer Erinnerungen seit ${daysOverdue} Tagen überfällig (fällig am ${dueDate}).

Geht die Zahlung nicht innerhalb von 7 Tagen bei uns ein, übergeben wir die Angelegenheit zur weiteren Bearbeitung.

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
