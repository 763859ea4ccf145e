package app.recoup.activities.messaging.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links into the customer portal: {@code /portal/{customerId}?expires=..&sig=..}, where
 * sig is HMAC-SHA256 over "customerId:expires" with {@code recoup.portal.secret}. The portal
 * verifies with {@link #verify}; nothing is stored per link.
 */
public class PortalLinks {

  private static final String ALGORITHM = "HmacSHA256";

  private final String baseUrl;
  private final SecretKeySpec key;

  public PortalLinks(String baseUrl, byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("recoup.portal.secret must be at least 32 bytes");
    }
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /** The customer's portal: all their open invoices. */
  public String portal(long customerId, Instant expires) {
    return baseUrl + "/portal/" + customerId + query(customerId, expires);
  }

  /** One tap to pay one invoice: the portal's payment page for it, under the same signature. */
  public String payment(long customerId, String invoiceNumber, Instant expires) {
    String number = java.net.URLEncoder.encode(invoiceNumber, StandardCharsets.UTF_8);
    return baseUrl + "/portal/" + customerId + "/pay/" + number + query(customerId, expires);
  }

  /** Whether a link's signature is ours and it has not expired at {@code now}. */
  public boolean verify(long customerId, long expiresEpochSecond, String signature, Instant now) {
    if (signature == null || now.getEpochSecond() > expiresEpochSecond) {
      return false;
    }
    byte[] expected = sign(customerId, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String query(long customerId, Instant expires) {
    long epoch = expires.getEpochSecond();
    return "?expires=" + epoch + "&sig=" + sign(customerId, epoch);
  }

  private String sign(long customerId, long expiresEpochSecond) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest =
          mac.doFinal((customerId + ":" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
