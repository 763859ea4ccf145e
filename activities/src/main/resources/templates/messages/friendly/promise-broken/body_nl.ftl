Hallo ${contact},

Nogmaals bedankt dat u ons liet weten wanneer u factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> wilde betalen. We hebben de betaling van ${amount} nog niet ontvangen, daarom vragen we het even na.

Is de betaling al onderweg? Dan kunt u dit bericht negeren. Kwam er iets tussen? Laat het ons weten, dan spreken we een nieuwe datum af.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Al uw facturen: ${portalLink}

Alvast hartelijk dank,
${signOff}
${business}
