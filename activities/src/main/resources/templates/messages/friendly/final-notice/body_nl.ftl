Hallo ${contact},

Factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} is inmiddels ${daysOverdue} dagen over de vervaldatum van ${dueDate} heen.

We willen dit graag rechtstreeks met u oplossen. Betaal of reageer binnen 7 dagen, zodat we geen verdere stappen hoeven te zetten.

Factuur: ${invoice}
Openstaand bedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Al uw facturen: ${portalLink}

Alvast hartelijk dank,
${signOff}
${business}
