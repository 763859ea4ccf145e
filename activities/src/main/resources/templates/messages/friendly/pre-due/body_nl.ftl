Hallo ${contact},

Even een korte herinnering: factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} vervalt op ${dueDate}.

Is de betaling al onderweg? Dan alvast bedankt en kunt u dit bericht negeren.

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
