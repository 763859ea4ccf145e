Paiement exigé : <#if leadingStep?? && leadingStep == "final-notice">dernier avis, </#if>Facture ${invoice}<#if invoices?? && invoices?size gt 1> et ${invoices?size - 1} autres</#if>
