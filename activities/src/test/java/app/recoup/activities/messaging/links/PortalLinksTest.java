package app.recoup.activities.messaging.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.portal.PortalAccess;
import app.recoup.activities.portal.PortalTokenSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class PortalLinksTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Instant EXPIRES = Instant.parse("2026-05-10T12:00:00Z");

  final PortalTokenSigner signer = new PortalTokenSigner(SECRET);
  final PortalLinks links = new PortalLinks("https://pay.acme.test/", signer);

  @Test
  void bothLinksCarryOneTokenForTheCustomer() {
    var invoiceLinks = links.forInvoice(42, "INV 7/1", EXPIRES);
    URI portal = URI.create(invoiceLinks.portal());
    String token = portal.getPath().substring("/portal/".length());

    assertThat(portal.getHost()).isEqualTo("pay.acme.test");
    assertThat(invoiceLinks.payment()).isEqualTo(invoiceLinks.portal() + "/pay/INV%207%2F1");
    assertThat(signer.read(token)).contains(new PortalAccess(42, token.split("\\.")[2], EXPIRES));
  }

  @Test
  void aTamperedOrForeignTokenReadsAsNothing() {
    String token =
        URI.create(links.forInvoice(42, "INV-1", EXPIRES).portal()).getPath().substring(8);
    String otherCustomer = "43" + token.substring(2);

    assertThat(signer.read(otherCustomer)).isEmpty();
    assertThat(signer.read("not.a.token")).isEmpty();
    assertThat(
            new PortalTokenSigner(
                    "another secret another secret 32".getBytes(StandardCharsets.UTF_8))
                .read(token))
        .isEmpty();
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new PortalTokenSigner("short".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
