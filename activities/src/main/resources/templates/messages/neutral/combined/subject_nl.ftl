<#if leadingStep?? && leadingStep == "final-notice">laatste aanmaning, </#if>Factuur ${invoice}<#if invoices?? && invoices?size gt 1> en ${invoices?size - 1} andere</#if>
