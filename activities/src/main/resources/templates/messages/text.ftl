<#include "/" + tone + "/" + step + ".ftl">
${greeting}

<#list paragraphs as paragraph>
${paragraph}

</#list>
Invoice: ${invoice}
Amount due: ${amount}
Due date: ${dueDate}
<#if po??>Your reference: ${po}
</#if>

Pay now: ${payLink}
All your invoices: ${portalLink}

${closing}
${signOff}
${business}
