Bonjour ${contact},

Merci : nous avons bien reçu votre paiement de ${amount} et la facture ${invoice} est désormais entièrement réglée.

Nous vous remercions de votre confiance.

${signOff}
${business}
