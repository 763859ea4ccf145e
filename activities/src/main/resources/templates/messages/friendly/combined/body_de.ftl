Hallo ${contact},

<#if invoices??>
eine kurze Erinnerung an die folgenden Rechnungen, die jetzt fällig sind:

<#list invoices as due>
Rechnung ${due.number}: ${due.amount}, ausgestellt am ${due.issueDate}, fällig am ${due.dueDate}<#if due.daysOverdue gt 0>, seit ${due.daysOverdue} Tagen überfällig</#if>
Jetzt bezahlen: ${due.payLink}
</#list>
<#if alsoOpen?has_content>

Ebenfalls offen:
<#list alsoOpen as open>
Rechnung ${open.number}: ${open.amount}, fällig am ${open.dueDate}
</#list>
</#if>

Alles auf einmal bezahlen: ${payAllLink}
<#else>
uns ist aufgefallen, dass die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} am ${dueDate} fällig war.

Rechnung: ${invoice}
Offener Betrag: ${amount}
Jetzt bezahlen: ${payLink}
</#if>
Alle Ihre Rechnungen: ${portalLink}

Vielen Dank und viele Grüße
${signOff}
${business}
