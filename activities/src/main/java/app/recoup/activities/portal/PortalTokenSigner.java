package app.recoup.activities.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Portal tokens: {@code customerId.expiresEpochSecond.tokenId.signature}. The tokenId is 128 bits
 * derived with the secret from customer and expiry (so links cannot be enumerated, and drafting the
 * same reminder again yields the same links); the signature is HMAC-SHA256 of the rest (so tokens
 * cannot be forged or altered). Expiry and revocation are {@link PortalTokens}' business.
 */
public class PortalTokenSigner {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  public PortalTokenSigner(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("recoup.portal.secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  public String issue(long customerId, Instant expiresAt) {
    String claims = customerId + "." + expiresAt.getEpochSecond();
    String payload = claims + "." + sign("id:" + claims).substring(0, 22);
    return payload + "." + sign(payload);
  }

  /** What a token says, if its signature is ours; empty for anything tampered or malformed. */
  public Optional<PortalAccess> read(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 4) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    if (!MessageDigest.isEqual(
        sign(payload).getBytes(StandardCharsets.US_ASCII),
        parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PortalAccess(
              Long.parseLong(parts[0]), parts[2], Instant.ofEpochSecond(Long.parseLong(parts[1]))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
