package app.recoup.activities.connectors.quickbooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.connectors.AuthorisationCallback;
import app.recoup.activities.connectors.BooksAuthorisationLost;
import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.activities.connectors.BooksRateLimited;
import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.PaymentPush;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector against WireMock speaking QuickBooks Online's documented wire format. */
class QuickBooksConnectorTest {

  static final WireMockServer INTUIT =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final String REALM = "9130350000000001";
  static final String COMPANY = "/v3/company/" + REALM;
  static final BooksTokens TOKENS =
      new BooksTokens(
          "access-1", "refresh-1", NOW.plusSeconds(3600), NOW.plusSeconds(8_726_400), REALM);

  QuickBooksConnector connector;

  @BeforeAll
  static void start() {
    INTUIT.start();
  }

  @AfterAll
  static void stop() {
    INTUIT.stop();
  }

  @BeforeEach
  void connector() {
    INTUIT.resetAll();
    connector = new QuickBooksConnector(properties(2), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static QuickBooksProperties properties(int pageSize) {
    String base = "http://localhost:" + INTUIT.port();
    return new QuickBooksProperties(
        "client-abc",
        "secret-xyz",
        "https://recoup.example.com/settings/accounting/quickbooks/callback",
        base + "/connect/oauth2",
        base + "/oauth2/v1/tokens/bearer",
        base + "/v2/oauth2/tokens/revoke",
        base,
        "verifier-token-123",
        75,
        pageSize,
        Duration.ofSeconds(5),
        "21");
  }

  @Test
  void aFirstSyncReadsEveryPageOfCustomersOpenInvoicesAndCreditMemos() {
    INTUIT.stubFor(
        query("from Customer")
            .willReturn(okJson(page("Customer", customer("1", "Acme GmbH", "ap@acme.example")))));
    INTUIT.stubFor(
        query("from Invoice where Balance > '0' STARTPOSITION 1 ")
            .willReturn(
                okJson(
                    page(
                        "Invoice",
                        invoice("101", "INV-1", "Acme GmbH", "100.00", "100.00"),
                        invoice("102", "INV-2", "Acme GmbH", "250.50", "50.50")))));
    INTUIT.stubFor(
        query("from Invoice where Balance > '0' STARTPOSITION 3 ")
            .willReturn(
                okJson(page("Invoice", invoice("103", "INV-3", "Acme GmbH", "10.00", "10.00")))));
    INTUIT.stubFor(
        query("from CreditMemo STARTPOSITION 1 ")
            .willReturn(
                okJson(
                    page(
                        "CreditMemo",
                        creditMemo("201", "CM-1", "30.00", "30.00"),
                        creditMemo("202", "CM-2", "20.00", "0")))));
    INTUIT.stubFor(
        query("from CreditMemo STARTPOSITION 3 ").willReturn(okJson(page("CreditMemo"))));

    BooksChanges changes = connector.pull(TOKENS, null);

    assertThat(changes.invoices())
        .extracting(BooksInvoice::number)
        .containsExactly("INV-1", "INV-2", "INV-3");
    BooksInvoice partlyPaid = changes.invoices().get(1);
    assertThat(partlyPaid.total()).isEqualByComparingTo("250.50");
    assertThat(partlyPaid.balance()).isEqualByComparingTo("50.50");
    assertThat(partlyPaid.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(partlyPaid.state()).isEqualTo(BooksDocumentState.OPEN);
    assertThat(changes.customers())
        .singleElement()
        .satisfies(c -> assertThat(c.email()).isEqualTo("ap@acme.example"));
    assertThat(changes.creditNotes())
        .as("a used-up memo is in the invoices' balances already")
        .singleElement()
        .satisfies(note -> assertThat(note.number()).isEqualTo("CM-1"));
    assertThat(changes.cursor())
        .as("QuickBooks' own time of the first answer")
        .isEqualTo("2026-03-02T08:59:58Z");
    INTUIT.verify(
        getRequestedFor(urlPathEqualTo(COMPANY + "/query"))
            .withQueryParam("minorversion", equalTo("75"))
            .withHeader("Authorization", equalTo("Bearer access-1"))
            .withHeader("Accept", containing("application/json")));
  }

  @Test
  void anIncrementalSyncAsksChangeDataCaptureAndFetchesTheInvoicesAChangedPaymentPays() {
    INTUIT.stubFor(
        get(urlPathEqualTo(COMPANY + "/cdc"))
            .withQueryParam("entities", equalTo("Customer,Invoice,Payment,CreditMemo"))
            .withQueryParam("changedSince", equalTo("2026-03-01T12:00:00Z"))
            .withQueryParam("minorversion", equalTo("75"))
            .willReturn(
                okJson(
                    """
                    {"CDCResponse": [{"QueryResponse": [
                       {"Invoice": [%s, {"Id": "109", "status": "Deleted"}], "startPosition": 1, "maxResults": 2},
                       {"Payment": [%s], "startPosition": 1, "maxResults": 1}
                     ]}],
                     "time": "2026-03-02T01:00:00.000-08:00"}
                    """
                        .formatted(
                            invoice("104", "INV-4", "Acme GmbH", "80.00", "80.00"),
                            payment("301", "100.00", "101")))));
    INTUIT.stubFor(
        query("from Invoice where Id in ('101')")
            .willReturn(
                okJson(page("Invoice", invoice("101", "INV-1", "Acme GmbH", "100.00", "0")))));

    BooksChanges changes = connector.pull(TOKENS, "2026-03-01T12:00:00Z");

    assertThat(changes.invoices())
        .extracting(BooksInvoice::number)
        .containsExactly("INV-4", "INV-1");
    assertThat(changes.invoices().get(1).state()).isEqualTo(BooksDocumentState.PAID);
    assertThat(changes.payments())
        .singleElement()
        .satisfies(p -> assertThat(p.invoiceExternalIds()).containsExactly("101"));
    assertThat(changes.cursor()).isEqualTo("2026-03-02T09:00:00Z");
  }

  @Test
  void aCursorOlderThanChangeDataCaptureLooksBackIsQueriedByLastUpdatedTime() {
    INTUIT.stubFor(
        query("where MetaData.LastUpdatedTime > '2026-01-01T00:00:00Z'")
            .willReturn(
                okJson("{\"QueryResponse\": {}, \"time\": \"2026-03-02T01:00:00-08:00\"}")));

    BooksChanges changes = connector.pull(TOKENS, "2026-01-01T00:00:00Z");

    assertThat(changes.invoices()).isEmpty();
    INTUIT.verify(0, getRequestedFor(urlPathEqualTo(COMPANY + "/cdc")));
    INTUIT.verify(4, getRequestedFor(urlPathEqualTo(COMPANY + "/query")));
  }

  @Test
  void aThrottledCallSaysWhenToTryAgain() {
    INTUIT.stubFor(
        get(urlPathEqualTo(COMPANY + "/query"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "7")
                    .withHeader("Content-Type", "application/json")
                    .withBody(fault("ThrottleExceeded", "Throttle exceeded", "3001"))));

    assertThatThrownBy(() -> connector.pull(TOKENS, null))
        .isInstanceOfSatisfying(
            BooksRateLimited.class,
            limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void aPaymentIsWrittenAgainstItsInvoiceUnderTheIdempotencyKeyAsRequestId() {
    INTUIT.stubFor(
        query("from Invoice where DocNumber = 'INV-1'")
            .willReturn(
                okJson(page("Invoice", invoice("101", "INV-1", "Acme GmbH", "100.00", "100.00")))));
    INTUIT.stubFor(
        post(urlPathEqualTo(COMPANY + "/payment"))
            .withQueryParam("requestid", equalTo("recoup-payment-7"))
            .withQueryParam("minorversion", equalTo("75"))
            .willReturn(
                okJson(
                    "{\"Payment\": {\"Id\": \"555\", \"SyncToken\": \"0\"}, \"time\": \"2026-03-02T01:00:00-08:00\"}")));

    var pushed =
        connector.push(
            TOKENS,
            new PaymentPush(
                "recoup-payment-7",
                "INV-1",
                new BigDecimal("100.00"),
                "EUR",
                LocalDate.of(2026, 3, 1),
                "portal",
                "pi_123"));

    assertThat(pushed.externalId()).isEqualTo("555");
    INTUIT.verify(
        postRequestedFor(urlPathEqualTo(COMPANY + "/payment"))
            .withRequestBody(
                equalToJson(
                    """
                    {"TotalAmt": 100.00, "TxnDate": "2026-03-01", "CustomerRef": {"value": "1"},
                     "CurrencyRef": {"value": "EUR"},
                     "PaymentRefNum": "pi_123", "PrivateNote": "Recorded by Recoup (portal)",
                     "Line": [{"Amount": 100.00, "LinkedTxn": [{"TxnId": "101", "TxnType": "Invoice"}]}]}
                    """)));
  }

  @Test
  void aValidationFaultIsARefusalWithQuickBooksOwnMessage() {
    INTUIT.stubFor(
        query("DocNumber = 'INV-1'")
            .willReturn(
                okJson(page("Invoice", invoice("101", "INV-1", "Acme GmbH", "100.00", "100.00")))));
    INTUIT.stubFor(
        post(urlPathEqualTo(COMPANY + "/payment"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fault("ValidationFault", "Business Validation Error", "6000"))));

    assertThatThrownBy(
            () ->
                connector.push(
                    TOKENS,
                    new PaymentPush(
                        "recoup-payment-8",
                        "INV-1",
                        BigDecimal.TEN,
                        "EUR",
                        LocalDate.of(2026, 3, 1),
                        "manual",
                        null)))
        .isInstanceOf(BooksRequestRefused.class)
        .hasMessageContaining("Business Validation Error");
  }

  @Test
  void theCodeIsTradedForTokensByAFormPostWithTheAppsCredentials() {
    INTUIT.stubFor(
        post(urlPathEqualTo("/oauth2/v1/tokens/bearer"))
            .withBasicAuth("client-abc", "secret-xyz")
            .withRequestBody(containing("grant_type=authorization_code"))
            .withRequestBody(containing("code=the-code"))
            .willReturn(okJson(tokenAnswer("access-2", "refresh-2"))));

    BooksTokens tokens =
        connector.exchange(
            new AuthorisationCallback("the-code", Map.of("realmId", REALM, "state", "s")));

    assertThat(tokens.accessToken()).isEqualTo("access-2");
    assertThat(tokens.tenantId()).isEqualTo(REALM);
    assertThat(tokens.accessExpiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(tokens.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(8_726_400));
    assertThat(connector.authorisationUrl("st4te").toString())
        .contains(
            "client_id=client-abc",
            "response_type=code",
            "scope=com.intuit.quickbooks.accounting",
            "state=st4te");
  }

  @Test
  void anExpiredRefreshTokenLosesTheGrant() {
    INTUIT.stubFor(
        post(urlPathEqualTo("/oauth2/v1/tokens/bearer"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\": \"invalid_grant\"}")));

    assertThatThrownBy(() -> connector.refresh(TOKENS))
        .isInstanceOf(BooksAuthorisationLost.class)
        .hasMessageContaining("invalid_grant");
  }

  @Test
  void onlyABodySignedWithTheVerifierTokenIsAccepted() throws Exception {
    byte[] body =
        "{\"eventNotifications\":[{\"realmId\":\"9130350000000001\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec("verifier-token-123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature = Base64.getEncoder().encodeToString(mac.doFinal(body));

    assertThat(connector.verifiesWebhook(body, signature)).isTrue();
    assertThat(
            connector.verifiesWebhook(
                "{\"eventNotifications\":[]}".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(connector.verifiesWebhook(body, "bm90IGEgc2lnbmF0dXJl")).isFalse();
    assertThat(connector.verifiesWebhook(body, null)).isFalse();
  }

  static com.github.tomakehurst.wiremock.client.MappingBuilder query(String containingText) {
    return get(urlPathEqualTo(COMPANY + "/query"))
        .withQueryParam("query", containing(containingText));
  }

  static String page(String entity, String... entities) {
    return """
        {"QueryResponse": {"%s": [%s], "startPosition": 1, "maxResults": %d},
         "time": "2026-03-02T00:59:58.000-08:00"}
        """
        .formatted(entity, String.join(",", entities), entities.length);
  }

  static String customer(String id, String name, String email) {
    return """
        {"Id": "%s", "DisplayName": "%s", "PrimaryEmailAddr": {"Address": "%s"},
         "PrimaryPhone": {"FreeFormNumber": "+49 30 1234567"}, "Active": true, "SyncToken": "0",
         "MetaData": {"CreateTime": "2026-01-05T10:00:00-08:00", "LastUpdatedTime": "2026-01-05T10:00:00-08:00"}}
        """
        .formatted(id, name, email);
  }

  static String invoice(String id, String number, String customer, String total, String balance) {
    return """
        {"Id": "%s", "DocNumber": "%s", "SyncToken": "1", "TxnDate": "2026-01-29", "DueDate": "2026-02-28",
         "CustomerRef": {"value": "1", "name": "%s"}, "CurrencyRef": {"value": "EUR", "name": "Euro"},
         "TotalAmt": %s, "Balance": %s,
         "Line": [{"Id": "1", "LineNum": 1, "Amount": %s, "DetailType": "SalesItemLineDetail",
                   "SalesItemLineDetail": {"ItemRef": {"value": "1", "name": "Services"}}},
                  {"Amount": %s, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
         "MetaData": {"CreateTime": "2026-01-29T10:00:00-08:00", "LastUpdatedTime": "2026-03-01T10:00:00-08:00"}}
        """
        .formatted(id, number, customer, total, balance, total, total);
  }

  static String creditMemo(String id, String number, String total, String remaining) {
    return """
        {"Id": "%s", "DocNumber": "%s", "TxnDate": "2026-02-10", "CustomerRef": {"value": "1", "name": "Acme GmbH"},
         "CurrencyRef": {"value": "EUR"}, "TotalAmt": %s, "RemainingCredit": %s, "Balance": %s}
        """
        .formatted(id, number, total, remaining, remaining);
  }

  static String payment(String id, String amount, String invoiceId) {
    return """
        {"Id": "%s", "TxnDate": "2026-03-01", "TotalAmt": %s, "CustomerRef": {"value": "1", "name": "Acme GmbH"},
         "CurrencyRef": {"value": "EUR"},
         "Line": [{"Amount": %s, "LinkedTxn": [{"TxnId": "%s", "TxnType": "Invoice"}]}]}
        """
        .formatted(id, amount, amount, invoiceId);
  }

  static String fault(String type, String message, String code) {
    return """
        {"Fault": {"Error": [{"Message": "%s", "Detail": "%s: detail", "code": "%s", "element": ""}],
                   "type": "%s"},
         "time": "2026-03-02T01:00:00.000-08:00"}
        """
        .formatted(message, message, code, type);
  }

  static String tokenAnswer(String access, String refresh) {
    return """
        {"token_type": "bearer", "access_token": "%s", "refresh_token": "%s",
         "expires_in": 3600, "x_refresh_token_expires_in": 8726400}
        """
        .formatted(access, refresh);
  }
}
