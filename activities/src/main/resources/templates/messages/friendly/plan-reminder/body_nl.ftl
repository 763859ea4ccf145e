Hallo ${contact},

Een vriendelijke herinnering: de volgende termijn van uw betalingsregeling voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> komt eraan: ${amount}, te betalen op ${dueDate}.

Heeft u deze al betaald? Dan alvast bedankt en kunt u dit bericht negeren.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Alvast hartelijk dank,
${signOff}
${business}
