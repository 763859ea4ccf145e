Beste ${contact},

De termijn van ${amount} die op ${dueDate} betaald moest zijn volgens de betalingsregeling voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if>, hebben wij niet ontvangen. Betaal deze nu om de regeling te behouden.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Met vriendelijke groet,
${signOff}
${business}
