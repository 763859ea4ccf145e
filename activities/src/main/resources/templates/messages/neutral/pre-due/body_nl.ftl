Beste ${contact},

Hierbij herinneren wij u eraan dat factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} vervalt op ${dueDate}.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Al uw facturen: ${portalLink}

Met vriendelijke groet,
${signOff}
${business}
