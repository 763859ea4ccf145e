package app.recoup.ledger.users;

import java.time.Instant;

/** A personal API token as its owner sees it; the token itself is shown once and never stored. */
public record ApiToken(
    long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
