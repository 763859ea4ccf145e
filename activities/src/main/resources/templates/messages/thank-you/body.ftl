Hi ${contact},

Thank you: we received your payment of ${amount} and invoice ${invoice} is now paid in full.

We appreciate your business.

${signOff}
${business}
