package app.recoup.api.webhooks.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String BODY =
      "{\"external_id\":\"pay_1001\",\"invoice_reference\":\"INV-1001\",\"amount\":\"120.00\","
          + "\"currency\":\"EUR\",\"paid_at\":\"2026-11-20T10:00:00Z\"}";
  private static final String DOCUMENTED =
      "sha256=bffce5fa5aafdee896c272e6981da463ca3ea563fb81c3c705bd04910c6f38d8";

  @Test
  void theWorkedExampleInTheDocsVerifies() {
    assertThat(at(1763632800L + 299).refusal("1763632800", DOCUMENTED, BODY)).isNull();
  }

  @Test
  void anythingElseIsRefused() {
    var signature = at(1763632800L);
    assertThat(signature.refusal("1763632800", DOCUMENTED, BODY + " ")).contains("does not match");
    assertThat(signature.refusal("1763632801", DOCUMENTED, BODY)).contains("does not match");
    assertThat(signature.refusal("soon", DOCUMENTED, BODY)).contains("not a number");
    assertThat(signature.refusal(null, DOCUMENTED, BODY)).contains("missing");
    assertThat(at(1763632800L + 301).refusal("1763632800", DOCUMENTED, BODY)).contains("tolerance");
    assertThat(at(1763632800L - 301).refusal("1763632800", DOCUMENTED, BODY)).contains("tolerance");
  }

  private static WebhookSignature at(long epochSecond) {
    return new WebhookSignature(
        "generic-test-secret", Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }
}
