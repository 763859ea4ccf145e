Hallo ${contact},

We zagen dat factuur ${invoice}<#if po??> (uw inkoopordernummer ${po})</#if> van ${amount} op ${dueDate} betaald had moeten zijn, ${daysOverdue} dagen geleden.

Dat kan gebeuren. Is er iets onduidelijk? Beantwoord dan gewoon deze e-mail, dan lossen we het samen op.

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
