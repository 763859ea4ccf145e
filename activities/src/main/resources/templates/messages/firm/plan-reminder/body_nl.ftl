Geachte ${contact},

Volgens de betalingsregeling die voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> is afgesproken, moet de volgende termijn van ${amount} uiterlijk op ${dueDate} betaald zijn. Betaal op tijd: een gemiste termijn beëindigt de regeling.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Hoogachtend,
${signOff}
${business}
