Geachte ${contact},

De betaling van ${amount} voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> is vandaag, ${dueDate}, verschuldigd. Wij verzoeken u vandaag te betalen.

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
