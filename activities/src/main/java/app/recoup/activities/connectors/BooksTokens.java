package app.recoup.activities.connectors;

import java.time.Instant;

/**
 * One grant: the tokens and the company (QuickBooks realm, Xero tenant) they open. Kept encrypted
 * at rest; never written to a workflow's history or a log.
 *
 * @param refreshExpiresAt null when the vendor does not say
 */
public record BooksTokens(
    String accessToken,
    String refreshToken,
    Instant accessExpiresAt,
    Instant refreshExpiresAt,
    String tenantId) {

  @Override
  public String toString() {
    return "BooksTokens[tenant " + tenantId + ", access until " + accessExpiresAt + "]";
  }
}
