package app.recoup.activities.connectors.xero;

import static app.recoup.activities.connectors.xero.XeroWire.ACCESS;
import static app.recoup.activities.connectors.xero.XeroWire.TENANT;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.connectors.BooksRateLimited;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Xero's accounting API as WireMock speaks it: paging, If-Modified-Since, 429s. */
class XeroApiTest {

  @RegisterExtension static final WireMockExtension XERO = XeroWire.server();
  static final String INVOICES = "/api.xro/2.0/Invoices";
  static final XeroAccess ACCOUNT = new XeroAccess(ACCESS, TENANT);

  final List<Duration> pauses = new ArrayList<>();
  XeroApi api;

  @BeforeEach
  void setUp() {
    api = new XeroApi(XeroWire.properties(XERO), pauses::add);
  }

  @Test
  void aFirstSyncReadsEveryPageOfSalesInvoicesForTheTenant() {
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(XeroWire.invoicePage(1, 100))));
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .withQueryParam("page", equalTo("2"))
            .willReturn(okJson(XeroWire.invoicePage(101, 7))));

    var invoices = api.invoices(ACCOUNT, null);

    assertThat(invoices).hasSize(107);
    assertThat(invoices.get(106).invoiceNumber()).isEqualTo("INV-107");
    assertThat(invoices.get(0).contact().name()).isEqualTo("Customer 1");
    assertThat(invoices.get(0).total()).isEqualByComparingTo("100.00");
    XERO.verify(
        2,
        getRequestedFor(urlPathEqualTo(INVOICES))
            .withHeader("xero-tenant-id", equalTo(TENANT))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("If-Modified-Since", absent())
            .withQueryParam("where", equalTo("Type==\"ACCREC\""))
            .withQueryParam("Statuses", equalTo("AUTHORISED,PAID,VOIDED")));
    XERO.verify(0, getRequestedFor(urlPathEqualTo(INVOICES)).withQueryParam("page", equalTo("3")));
  }

  @Test
  void anIncrementalSyncAsksOnlyForWhatChangedSinceTheCursor() {
    XERO.stubFor(get(urlPathEqualTo(INVOICES)).willReturn(okJson(XeroWire.invoicePage(1, 2))));

    api.invoices(ACCOUNT, Instant.parse("2026-11-25T10:15:00.250Z"));

    XERO.verify(
        1,
        getRequestedFor(urlPathEqualTo(INVOICES))
            .withHeader("If-Modified-Since", equalTo("2026-11-25T10:15:00"))
            .withQueryParam("page", equalTo("1")));
  }

  @Test
  void aMinuteLimitIsWaitedOutAsXeroAsksAndTheCallGoesOn() {
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .inScenario("storm")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(limited("minute", "3"))
            .willSetStateTo("second"));
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .inScenario("storm")
            .whenScenarioStateIs("second")
            .willReturn(limited("concurrent", "1"))
            .willSetStateTo("calm"));
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .inScenario("storm")
            .whenScenarioStateIs("calm")
            .willReturn(okJson(XeroWire.invoicePage(1, 1))));

    assertThat(api.invoices(ACCOUNT, null)).hasSize(1);
    assertThat(pauses).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
  }

  @Test
  void aStormOf429sEndsInRateLimitedAfterTheLastAttempt() {
    XERO.stubFor(get(urlPathEqualTo(INVOICES)).willReturn(limited("minute", "2")));

    assertThatThrownBy(() -> api.invoices(ACCOUNT, null))
        .isInstanceOfSatisfying(
            BooksRateLimited.class,
            limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(2)))
        .hasMessageContaining("minute limit");
    assertThat(pauses).hasSize(3);
    XERO.verify(4, getRequestedFor(urlPathEqualTo(INVOICES)));
  }

  @Test
  void theDailyLimitIsNotWaitedOutInPlace() {
    XERO.stubFor(get(urlPathEqualTo(INVOICES)).willReturn(limited("day", "43200")));

    assertThatThrownBy(() -> api.invoices(ACCOUNT, null))
        .isInstanceOfSatisfying(
            BooksRateLimited.class,
            limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofHours(12)))
        .hasMessageContaining("day limit");
    assertThat(pauses).isEmpty();
    XERO.verify(1, getRequestedFor(urlPathEqualTo(INVOICES)));
  }

  @Test
  void theConnectionsNameTheTenantsAnAuthorisationReaches() {
    XERO.stubFor(
        get(urlPathEqualTo("/connections"))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS))
            .willReturn(
                okJson(
                    """
                    [{"id":"e1eede29-f875-4a5d-8470-17f6a29a88b1","authEventId":"d99ecdfe",
                      "tenantId":"%s","tenantType":"ORGANISATION","tenantName":"Acme Ltd",
                      "createdDateUtc":"2026-11-25T09:00:00.0000000","updatedDateUtc":"2026-11-25T09:00:00.0000000"}]"""
                        .formatted(TENANT))));

    assertThat(api.connections(ACCESS))
        .containsExactly(
            new XeroTenant(
                "e1eede29-f875-4a5d-8470-17f6a29a88b1",
                TENANT,
                "ORGANISATION",
                "Acme Ltd",
                "2026-11-25T09:00:00.0000000"));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder limited(
      String problem, String retryAfter) {
    return aResponse()
        .withStatus(429)
        .withHeader("Retry-After", retryAfter)
        .withHeader("X-Rate-Limit-Problem", problem)
        .withHeader("X-MinLimit-Remaining", "0");
  }
}
