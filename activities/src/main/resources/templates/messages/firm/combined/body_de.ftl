Sehr geehrte/r ${contact},

<#if invoices??>
wir fordern Sie auf, die folgenden Rechnungen umgehend zu begleichen:

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
die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> über ${amount} war am ${dueDate} fällig. Wir bitten um sofortige Zahlung.

Rechnung: ${invoice}
Offener Betrag: ${amount}
Jetzt bezahlen: ${payLink}
</#if>
Alle Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
