Payment required: <#if leadingStep?? && leadingStep == "final-notice">final notice, </#if>invoice ${invoice}<#if invoices?? && invoices?size gt 1> and ${invoices?size - 1} more</#if>
