z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die am ${dueDate} fällige Rate über ${amount} aus dem Zahlungsplan für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> wurde nicht bezahlt. Wird sie nicht in den nächsten Tagen beglichen, endet der Zahlungsplan und der gesamte offene Betrag wird wieder fällig.

Fällige Rate: ${amount}
Fällig am: ${dueDate}
<#if po??>Ihre Referenz: ${po}
</#if>
Jetzt bezahlen: ${payLink}
Ihr Zahlungsplan und Ihre Rechnungen: ${portalLink}

Mit freundlichen Grüßen
${signOff}
${business}
