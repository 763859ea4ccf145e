package app.recoup.activities.portal;

import app.recoup.ledger.payments.portal.PortalRecords;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Issues customers' portal tokens and decides what a presented one opens. */
@Service
public class PortalTokens {

  private final PortalTokenSigner signer;
  private final PortalRecords records;
  private final Clock clock;

  PortalTokens(PortalTokenSigner signer, PortalRecords records, ObjectProvider<Clock> clock) {
    this.signer = signer;
    this.records = records;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public String issue(long customerId, Instant expiresAt) {
    return signer.issue(customerId, expiresAt);
  }

  public PortalAccess verify(String token) {
    PortalAccess access =
        signer.read(token).orElseThrow(() -> new TokenRejected(404, "This link is not valid."));
    if (!clock.instant().isBefore(access.expiresAt())) {
      throw new TokenRejected(410, "This link has expired. Please ask for a new one.");
    }
    if (records.isRevoked(access.tokenId())) {
      throw new TokenRejected(410, "This link is no longer valid. Please ask for a new one.");
    }
    return access;
  }

  /** Revokes a token by its id (the third part of the token), for the customer it belongs to. */
  public void revoke(String tokenId, long customerId, String by) {
    records.revoke(tokenId, customerId, by);
  }
}
