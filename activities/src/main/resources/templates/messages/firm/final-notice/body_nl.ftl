Geachte ${contact},

Ondanks onze eerdere herinneringen is factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} ${daysOverdue} dagen achterstallig (vervaldatum ${dueDate}).

Als wij de betaling niet binnen 7 dagen ontvangen, dragen wij deze zaak over voor verdere stappen.

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
