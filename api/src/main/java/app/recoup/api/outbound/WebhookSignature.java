package app.recoup.api.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: a secret is {@code whsec_} and the base64 of 24 to 64 random bytes; a
 * message is signed with HMAC-SHA256 over {@code id.timestamp.body} and sent as {@code
 * webhook-signature: v1,<base64>}.
 */
final class WebhookSignature {

  static final String SECRET_PREFIX = "whsec_";
  private static final int GENERATED_BYTES = 32;
  private static final int FEWEST_BYTES = 24;
  private static final int MOST_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** A new secret, to be shown once. */
  static String newSecret() {
    byte[] key = new byte[GENERATED_BYTES];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** Why the supplied secret cannot sign, or null when it can. */
  static String problemWith(String secret) {
    String why =
        "must be whsec_ followed by the base64 of " + FEWEST_BYTES + " to " + MOST_BYTES + " bytes";
    if (!secret.startsWith(SECRET_PREFIX)) {
      return why;
    }
    try {
      int length = key(secret).length;
      return length < FEWEST_BYTES || length > MOST_BYTES ? why : null;
    } catch (IllegalArgumentException notBase64) {
      return why;
    }
  }

  /** The {@code webhook-signature} header's value. */
  static String sign(String secret, String messageId, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      byte[] signed =
          mac.doFinal(
              (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
    }
  }

  private static byte[] key(String secret) {
    return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
  }
}
