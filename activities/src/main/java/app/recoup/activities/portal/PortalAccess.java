package app.recoup.activities.portal;

import java.time.Instant;

/** What a valid portal token grants: one customer's portal, until it expires. */
public record PortalAccess(long customerId, String tokenId, Instant expiresAt) {}
