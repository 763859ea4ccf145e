Bonjour ${contact},

Merci pour votre paiement de ${amount} le ${paidOn}. Voici votre reçu.

<#list invoices as paid>
Facture ${paid.number} : payé ${paid.amount}, solde restant ${paid.balance}
</#list>

${signOff}
${business}
