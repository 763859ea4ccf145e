Beste ${contact},

Hierbij herinneren wij u eraan dat de volgende termijn van de betalingsregeling voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> eraan komt: ${amount}, uiterlijk op ${dueDate}.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Met vriendelijke groet,
${signOff}
${business}
