package app.recoup.activities.connectors.xero;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Xero signs each webhook delivery with {@code x-xero-signature}: the base64 HMAC-SHA256 of the raw
 * body, keyed with the webhook key the developer portal shows. Compared in constant time over the
 * bytes exactly as received (a re-serialised body would not match).
 */
final class XeroWebhookSignature {

  private final byte[] key;

  XeroWebhookSignature(String webhookKey) {
    this.key = webhookKey.getBytes(StandardCharsets.UTF_8);
  }

  boolean matches(byte[] body, String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(body).getBytes(StandardCharsets.US_ASCII),
        signature.strip().getBytes(StandardCharsets.US_ASCII));
  }

  String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
