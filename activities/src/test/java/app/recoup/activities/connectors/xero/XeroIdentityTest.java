package app.recoup.activities.connectors.xero;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksTokens;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** identity.xero.com's token endpoint as WireMock speaks it. */
class XeroIdentityTest {

  @RegisterExtension static final WireMockExtension XERO = XeroWire.server();
  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final String BASIC = "Basic Q0xJRU5USUQ6Q0xJRU5UU0VDUkVU"; // CLIENTID:CLIENTSECRET

  XeroIdentity identity;

  @BeforeEach
  void setUp() {
    identity = new XeroIdentity(XeroWire.properties(XERO), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void theAdminIsSentToXerosConsentPageWithRecoupsScopesAndState() {
    String uri = identity.authorizationUri("state-123").toString();

    assertThat(uri)
        .startsWith(XERO.baseUrl() + "/identity/connect/authorize?response_type=code")
        .contains("client_id=CLIENTID")
        .contains(
            "redirect_uri=https://recoup.acme.test/settings/connectors/xero/callback"
                .replace(":", "%3A")
                .replace("/", "%2F"))
        .contains("scope=openid%20profile%20email%20offline_access%20accounting.transactions")
        .contains("state=state-123");
  }

  @Test
  void theCodeIsExchangedForTokensThatExpireInHalfAnHour() {
    XERO.stubFor(
        post(urlPathEqualTo("/connect/token"))
            .willReturn(okJson(XeroWire.tokenGrant("access-1", "refresh-1"))));

    BooksTokens token = identity.exchange("code-from-redirect");

    assertThat(token.accessToken()).isEqualTo("access-1");
    assertThat(token.refreshToken()).isEqualTo("refresh-1");
    assertThat(token.accessExpiresAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
    assertThat(token.refreshExpiresAt()).isEqualTo(Instant.parse("2027-01-24T09:00:00Z"));
    XERO.verify(
        postRequestedFor(urlPathEqualTo("/connect/token"))
            .withHeader("Authorization", equalTo(BASIC))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(containing("grant_type=authorization_code"))
            .withRequestBody(containing("code=code-from-redirect"))
            .withRequestBody(containing("redirect_uri=https%3A%2F%2Frecoup.acme.test")));
  }

  @Test
  void aRefreshReturnsTheNewRefreshTokenThatReplacesTheOld() {
    XERO.stubFor(
        post(urlPathEqualTo("/connect/token"))
            .withRequestBody(containing("refresh_token=refresh-1"))
            .willReturn(okJson(XeroWire.tokenGrant("access-2", "refresh-2"))));

    BooksTokens token = identity.refresh("refresh-1");

    assertThat(token.refreshToken()).isEqualTo("refresh-2");
    XERO.verify(
        postRequestedFor(urlPathEqualTo("/connect/token"))
            .withRequestBody(containing("grant_type=refresh_token")));
  }

  @Test
  void anExpiredRefreshTokenIsRefusedForGood() {
    XERO.stubFor(post(urlPathEqualTo("/connect/token")).willReturn(XeroWire.invalidGrant()));

    assertThatThrownBy(() -> identity.refresh("refresh-expired"))
        .isInstanceOf(BooksAuthorisationLost.class)
        .hasMessage("Xero refused the grant: invalid_grant");
  }
}
