Hallo ${contact},

We hebben de termijn van ${amount} die volgens uw betalingsregeling voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> op ${dueDate} betaald moest zijn, nog niet ontvangen.

Is hij onderweg? Dank u wel. Kwam er iets tussen? Betaal hem dan zo snel mogelijk of beantwoord deze e-mail, zodat uw regeling kan doorlopen.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Alvast hartelijk dank,
${signOff}
${business}
