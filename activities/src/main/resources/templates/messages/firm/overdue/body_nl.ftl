Geachte ${contact},

Factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} verviel op ${dueDate} en is nu ${daysOverdue} dagen achterstallig.

Wij verzoeken u onmiddellijk te betalen. Bent u het niet eens met deze factuur, laat ons dan in een antwoord op deze e-mail weten waarom.

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
