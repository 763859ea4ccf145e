Geachte ${contact},

De termijn van ${amount} die op ${dueDate} verschuldigd was volgens de betalingsregeling voor factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if>, is niet betaald. Als deze niet binnen enkele dagen wordt voldaan, eindigt de regeling en is het volledige saldo weer opeisbaar.

Termijnbedrag: ${amount}
Vervaldatum: ${dueDate}
<#if po??>Uw referentie: ${po}
</#if>
Nu betalen: ${payLink}
Uw betalingsregeling en facturen: ${portalLink}

Hoogachtend,
${signOff}
${business}
