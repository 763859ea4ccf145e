package app.recoup.web.outbound;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver expects, computed as the Standard Webhooks convention says and with
 * nothing of Recoup's: {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed
 * with the bytes the secret's base64 after {@code whsec_} stands for.
 */
final class ReceivedSignature {

  private ReceivedSignature() {}

  static String expected(String secret, LoggedRequest request) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String signed =
        request.getHeader("webhook-id")
            + "."
            + request.getHeader("webhook-timestamp")
            + "."
            + request.getBodyAsString();
    return "v1,"
        + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }
}
