Geachte ${contact},

De betaling die u voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> had toegezegd, hebben wij niet ontvangen. Er staat nog ${amount} open, ${daysOverdue} dagen na de vervaldatum van ${dueDate}.

Wij verzoeken u onmiddellijk te betalen. Onze herinneringen worden vanaf vandaag hervat.

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
