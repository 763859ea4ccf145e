Hallo ${contact},

die Rate über ${amount}, die laut Ihrem Zahlungsplan für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> am ${dueDate} fällig war, ist bei uns noch nicht eingegangen.

Falls sie unterwegs ist, vielen Dank. Falls etwas dazwischengekommen ist, zahlen Sie sie bitte so bald wie möglich oder antworten Sie auf diese E-Mail, damit Ihr Zahlungsplan bestehen bleibt.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Vielen Dank und viele Grüße
${signOff}
${business}
