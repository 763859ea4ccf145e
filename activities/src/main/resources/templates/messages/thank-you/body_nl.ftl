Beste ${contact},

Dank u wel: we hebben uw betaling van ${amount} ontvangen en factuur ${invoice} is nu volledig betaald.

We waarderen de samenwerking.

${signOff}
${business}
