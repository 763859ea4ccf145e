Beste ${contact},

Factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} is ${daysOverdue} dagen na de vervaldatum van ${dueDate} nog steeds niet betaald.

Dit is onze laatste herinnering. Betaal binnen 7 dagen of neem contact met ons op om een betalingsregeling af te spreken.

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
