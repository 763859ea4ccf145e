Hallo ${contact},

die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} ist inzwischen ${daysOverdue} Tage über ihr Fälligkeitsdatum (${dueDate}) hinaus offen.

Wir möchten das gern direkt mit Ihnen klären. Bitte bezahlen Sie oder melden Sie sich innerhalb von 7 Tagen, damit wir keine weiteren Schritte einleiten müssen.

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
