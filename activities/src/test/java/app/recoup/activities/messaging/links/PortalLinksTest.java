package app.recoup.activities.messaging.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PortalLinksTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  final PortalLinks links = new PortalLinks("https://pay.acme.test/", SECRET);

  @Test
  void aLinkVerifiesForItsCustomerUntilItExpires() {
    URI link = URI.create(links.portal(42, NOW.plusSeconds(3600)));
    Map<String, String> query = query(link);

    assertThat(link.getPath()).isEqualTo("/portal/42");
    long expires = Long.parseLong(query.get("expires"));
    assertThat(links.verify(42, expires, query.get("sig"), NOW)).isTrue();
    assertThat(links.verify(43, expires, query.get("sig"), NOW)).isFalse();
    assertThat(links.verify(42, expires + 1, query.get("sig"), NOW)).isFalse();
    assertThat(links.verify(42, expires, query.get("sig"), NOW.plusSeconds(3601))).isFalse();
    assertThat(new PortalLinks("https://pay.acme.test", "another secret another secret 32".getBytes(StandardCharsets.UTF_8))
            .verify(42, expires, query.get("sig"), NOW)).isFalse();
  }

  @Test
  void thePaymentLinkNamesTheInvoiceUnderTheSameSignature() {
    URI link = URI.create(links.payment(42, "INV 7/1", NOW.plusSeconds(60)));
    assertThat(link.getRawPath()).isEqualTo("/portal/42/pay/INV+7%2F1");
    Map<String, String> query = query(link);
    assertThat(links.verify(42, Long.parseLong(query.get("expires")), query.get("sig"), NOW)).isTrue();
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new PortalLinks("https://x", "short".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, String> query(URI link) {
    return Stream.of(link.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }
}
