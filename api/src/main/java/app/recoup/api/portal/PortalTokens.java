package app.recoup.api.portal;

import app.recoup.ledger.payments.portal.PortalRecords;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Portal tokens: {@code customerId.expiresEpochSecond.tokenId.signature}, where tokenId is 128
 * random bits (so links cannot be enumerated) and the signature is HMAC-SHA256 of the rest with
 * {@code recoup.portal.secret} (so they cannot be forged or altered). Each token can be revoked by
 * its id.
 */
@Service
public class PortalTokens {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final PortalRecords records;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PortalTokens(
      @Value("${recoup.portal.secret:}") String secret,
      PortalRecords records,
      ObjectProvider<Clock> clock) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && bytes.length < 32) {
      throw new IllegalStateException("recoup.portal.secret must be at least 32 bytes");
    }
    this.key = bytes.length > 0 ? new SecretKeySpec(bytes, "HmacSHA256") : null;
    this.records = records;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public boolean configured() {
    return key != null;
  }

  public String issue(long customerId, Instant expiresAt) {
    byte[] id = new byte[16];
    random.nextBytes(id);
    String payload = customerId + "." + expiresAt.getEpochSecond() + "." + BASE64.encodeToString(id);
    return payload + "." + sign(payload);
  }

  public PortalAccess verify(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (key == null || parts.length != 4) {
      throw unknown();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    if (!MessageDigest.isEqual(
        sign(payload).getBytes(StandardCharsets.US_ASCII),
        parts[3].getBytes(StandardCharsets.US_ASCII))) {
      throw unknown();
    }
    PortalAccess access;
    try {
      access = new PortalAccess(
          Long.parseLong(parts[0]), parts[2], Instant.ofEpochSecond(Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      throw unknown();
    }
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

  private static TokenRejected unknown() {
    return new TokenRejected(404, "This link is not valid.");
  }

  private String sign(String payload) {
    if (key == null) {
      throw new IllegalStateException("recoup.portal.secret must be at least 32 bytes");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
