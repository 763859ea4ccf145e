z. Hd. ${contact}

Sehr geehrte Damen und Herren,

die von Ihnen zugesagte Zahlung für die Rechnung ${invoice}<#if po??> (Ihre Bestellnummer ${po})</#if> ist nicht eingegangen. ${amount} sind ${daysOverdue} Tage nach dem Fälligkeitsdatum (${dueDate}) weiterhin offen.

Wir bitten um sofortige Zahlung. Unsere Erinnerungen werden ab heute fortgesetzt.

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
