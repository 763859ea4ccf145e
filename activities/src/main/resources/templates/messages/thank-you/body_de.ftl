Guten Tag ${contact},

vielen Dank: Wir haben Ihre Zahlung über ${amount} erhalten, die Rechnung ${invoice} ist damit vollständig beglichen.

Wir freuen uns auf die weitere Zusammenarbeit.

${signOff}
${business}
