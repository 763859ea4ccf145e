Recordatorio amable: <#if leadingStep?? && leadingStep == "final-notice">último aviso, </#if>Factura ${invoice}<#if invoices?? && invoices?size gt 1> y ${invoices?size - 1} más</#if>
