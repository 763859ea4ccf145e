Hallo ${contact},

Een vriendelijke herinnering: factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} vervalt vandaag, ${dueDate}.

Met de link hieronder betaalt u in één klik. Dank u wel!

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
