Geachte ${contact},

Factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} vervalt op ${dueDate}. Wij verzoeken u ervoor te zorgen dat de betaling uiterlijk op die datum is voldaan.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Al uw facturen: ${portalLink}

Hoogachtend,
${signOff}
${business}
