Beste ${contact},

Volgens onze administratie staat factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} nog open. De vervaldatum was ${dueDate}; de factuur is nu ${daysOverdue} dagen te laat.

Wilt u de betaling regelen, of deze e-mail beantwoorden als er een probleem is met de factuur?

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
