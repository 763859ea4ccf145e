Freundliche Erinnerung: <#if leadingStep?? && leadingStep == "final-notice">letzte Mahnung, </#if>Rechnung ${invoice}<#if invoices?? && invoices?size gt 1> und ${invoices?size - 1} weitere</#if>
