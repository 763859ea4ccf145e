package app.recoup.api.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.problems.InvalidField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which endpoints an admin may register, outside the local profile and inside it. */
class WebhookEndpointRulesTest {

  private static final List<String> OPENED = List.of("case.opened");

  @Test
  void outsideTheLocalProfileAnEndpointMustBeHttps() {
    WebhookEndpointSettings production = settings(false);

    assertThat(production.problems(draft("http://hooks.example.com/in", null)))
        .containsExactly(new InvalidField("url", "must be an https:// URL with a host"));
    assertThat(production.problems(draft("https://hooks.example.com/in", null))).isEmpty();
  }

  @Test
  void theLocalProfileTakesPlainHttpForAServiceOnThisMachine() {
    assertThat(settings(true).problems(draft("http://localhost:5678/webhook/recoup", null)))
        .isEmpty();
  }

  @Test
  void aSuppliedSecretMustBeAStandardWebhooksSecretOfEnoughBytes() {
    WebhookEndpointSettings production = settings(false);
    String generated = WebhookSignature.newSecret();

    assertThat(production.problems(draft("https://a.example/x", generated))).isEmpty();
    assertThat(production.problems(draft("https://a.example/x", "whsec_c2hvcnQ=")))
        .extracting(InvalidField::field)
        .containsExactly("secret");
    assertThat(production.problems(draft("https://a.example/x", "not-a-secret")))
        .extracting(InvalidField::field)
        .containsExactly("secret");
    assertThat(production.problems(draft("https://user:pw@a.example/x", null)))
        .extracting(InvalidField::message)
        .containsExactly("must not carry a user name or password; the signature proves the sender");
  }

  @Test
  void backOffDoublesFromTheFirstRetryUpToTheLongest() {
    OutboundWebhookProperties defaults =
        new OutboundWebhookProperties(false, null, null, null, null, null, null);

    assertThat(List.of(1, 2, 3, 10, 11, 40).stream().map(defaults::backOff).map(Object::toString))
        .containsExactly("PT5S", "PT10S", "PT20S", "PT42M40S", "PT1H", "PT1H");
  }

  private static EndpointDraft draft(String url, String secret) {
    return new EndpointDraft(url, "", OPENED, secret, null);
  }

  private static WebhookEndpointSettings settings(boolean allowPlainHttp) {
    return new WebhookEndpointSettings(
        null,
        null,
        new OutboundWebhookProperties(allowPlainHttp, null, null, null, null, null, null),
        null);
  }
}
