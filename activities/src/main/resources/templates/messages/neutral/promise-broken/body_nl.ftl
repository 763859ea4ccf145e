Beste ${contact},

U liet ons weten dat factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> betaald zou worden, maar de afgesproken datum is verstreken en ${amount} staat nog open.

Wilt u de betaling nu regelen, of deze e-mail beantwoorden met een nieuwe datum?

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
