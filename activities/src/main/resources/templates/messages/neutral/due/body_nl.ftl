Beste ${contact},

Factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} vervalt vandaag, ${dueDate}.

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
