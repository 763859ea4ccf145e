package app.recoup.activities.connectors.xero;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One organisation an authorisation reached, from {@code GET /connections}: {@code tenantId} goes
 * into every call's {@code xero-tenant-id} header, {@code id} names the connection to remove.
 *
 * @param updatedDateUtc ISO local date-time in UTC, so it sorts as text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record XeroTenant(
    String id, String tenantId, String tenantType, String tenantName, String updatedDateUtc) {}
