package app.recoup.activities.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XeroWebhookSignatureTest {

  static final byte[] INTENT_TO_RECEIVE =
      "{\"events\":[],\"firstEventSequence\":0,\"lastEventSequence\":0,\"entropy\":\"S0m3r4Nd0mt3xt\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** Computed outside Java: base64(HMAC-SHA256(key, body)). */
  static final String SIGNED = "xSwnMHS0gZHAAL5OfTMxWqo8XouGxkqavwv8+PAPnf4=";

  final XeroWebhookSignature signature = new XeroWebhookSignature("webhook-key-from-portal");

  @Test
  void aBodySignedWithTheWebhookKeyIsXeros() {
    assertThat(signature.matches(INTENT_TO_RECEIVE, SIGNED)).isTrue();
  }

  @Test
  void anotherKeyOrAnAlteredBodyOrNoSignatureIsForged() {
    assertThat(new XeroWebhookSignature("another-key").matches(INTENT_TO_RECEIVE, SIGNED))
        .isFalse();
    byte[] altered = INTENT_TO_RECEIVE.clone();
    altered[altered.length - 3] = 'X';
    assertThat(signature.matches(altered, SIGNED)).isFalse();
    assertThat(signature.matches(INTENT_TO_RECEIVE, null)).isFalse();
  }
}
