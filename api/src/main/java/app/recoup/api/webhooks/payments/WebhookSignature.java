package app.recoup.api.webhooks.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body}, sent as {@code sha256=<hex>}. The timestamp is
 * signed too, so a captured request cannot be replayed once it is older than the tolerance.
 */
final class WebhookSignature {

  static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final String SCHEME = "sha256=";

  private final byte[] secret;
  private final Clock clock;

  WebhookSignature(String secret, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** Why the request is refused, or null when it is authentic and fresh. */
  String refusal(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null) {
      return "missing X-Recoup-Timestamp or X-Recoup-Signature";
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return "X-Recoup-Timestamp is not a number of seconds";
    }
    String expected = SCHEME + sign(seconds, body);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        signature.trim().getBytes(StandardCharsets.US_ASCII))) {
      return "signature does not match";
    }
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (age.compareTo(TOLERANCE) > 0) {
      return "timestamp outside the " + TOLERANCE.toMinutes() + " minute tolerance";
    }
    return null;
  }

  String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
