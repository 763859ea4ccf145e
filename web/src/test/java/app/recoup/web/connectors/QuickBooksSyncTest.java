package app.recoup.web.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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

import app.recoup.activities.connectors.BooksGrants;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.fees.LateFeeLedger;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.connectors.BooksSyncActivities;
import app.recoup.workflows.connectors.PullSummary;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application connected to a QuickBooks Online company that WireMock plays, speaking its
 * wire format: the sync run's activities pull through the import's rules, push payments once and
 * lose a dead grant cleanly; the webhook endpoint tells signed notifications from forged ones.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=owner@example.com",
      "recoup.admin.password=correct horse battery",
      "recoup.connectors.token-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      "recoup.connectors.quickbooks.client-id=client-abc",
      "recoup.connectors.quickbooks.client-secret=secret-xyz",
      "recoup.connectors.quickbooks.redirect-uri=http://localhost/settings/accounting/quickbooks/callback",
      "recoup.connectors.quickbooks.webhook-verifier-token=verifier-token-123",
      "recoup.connectors.quickbooks.late-fee-item-id=42"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickBooksSyncTest {

  static final WireMockServer QUICKBOOKS =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static final String REALM = "9130350000000001";
  static final String COMPANY = "/v3/company/" + REALM;

  static {
    QUICKBOOKS.start();
  }

  @DynamicPropertySource
  static void quickBooks(DynamicPropertyRegistry registry) {
    registry.add("recoup.connectors.quickbooks.api-base-url", QUICKBOOKS::baseUrl);
    registry.add(
        "recoup.connectors.quickbooks.token-url",
        () -> QUICKBOOKS.baseUrl() + "/oauth2/v1/tokens/bearer");
    registry.add(
        "recoup.connectors.quickbooks.revoke-url",
        () -> QUICKBOOKS.baseUrl() + "/v2/oauth2/tokens/revoke");
  }

  @AfterAll
  static void stop() {
    QUICKBOOKS.stop();
  }

  @LocalServerPort int port;
  @Autowired BooksSyncActivities sync;
  @Autowired BooksGrants grants;
  @Autowired BooksConnections connections;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired LateFeeLedger fees;

  String run;

  /** QuickBooks' clock in its answers (Pacific time, as Intuit writes it), two seconds behind. */
  OffsetDateTime quickBooksTime;

  @BeforeEach
  void connect() {
    QUICKBOOKS.resetAll();
    run = UUID.randomUUID().toString().substring(0, 8);
    quickBooksTime =
        clock
            .instant()
            .truncatedTo(ChronoUnit.SECONDS)
            .minusSeconds(2)
            .atOffset(ZoneOffset.ofHours(-8));
    grants.connect(BooksVendor.QUICKBOOKS, tokens(Duration.ofHours(1)), "owner@example.com");
    // every test starts from a first sync
    jdbc.sql("update books_connection set pull_cursor = null").update();
  }

  @Test
  void theFirstSyncImportsOpenInvoicesAndAnIncrementalOneMarksAnInvoiceTheBooksGotPaidForPaid() {
    String number = "Q-" + run;
    QUICKBOOKS.stubFor(query("from Customer").willReturn(okJson(page("Customer", customer()))));
    QUICKBOOKS.stubFor(
        query("from Invoice where Balance")
            .willReturn(okJson(page("Invoice", invoice("101", number, "250.00", "250.00")))));
    QUICKBOOKS.stubFor(query("from CreditMemo").willReturn(okJson(page("CreditMemo"))));

    PullSummary first = sync.pull(BooksVendor.QUICKBOOKS);

    assertThat(first.connected()).isTrue();
    assertThat(first.refused()).isZero();
    assertThat(invoiceStatus(number)).isEqualTo("OPEN");
    assertThat(
            jdbc.sql(
                    "select c.email from customer_contact c join customer cu on cu.id = c.customer_id"
                        + " where cu.name = ?")
                .param("Acme " + run)
                .query(String.class)
                .single())
        .isEqualTo("ap@acme.example");
    String cursor = connections.find(BooksVendor.QUICKBOOKS).orElseThrow().pullCursor();
    assertThat(cursor).isEqualTo(quickBooksTime.toInstant().toString());

    QUICKBOOKS.stubFor(
        get(urlPathEqualTo(COMPANY + "/cdc"))
            .withQueryParam("changedSince", equalTo(cursor))
            .willReturn(
                okJson(
                    """
                    {"CDCResponse": [{"QueryResponse": [{"Payment": [%s]}]}],
                     "time": "%s"}
                    """
                        .formatted(payment("301", "250.00", "101"), quickBooksTime.plusHours(1)))));
    QUICKBOOKS.stubFor(
        query("where Id in ('101')")
            .willReturn(okJson(page("Invoice", invoice("101", number, "250.00", "0")))));

    PullSummary incremental = sync.pull(BooksVendor.QUICKBOOKS);

    assertThat(incremental.payments()).isEqualTo(1);
    assertThat(invoiceStatus(number)).isEqualTo("PAID");
    assertThat(connections.find(BooksVendor.QUICKBOOKS).orElseThrow().pullCursor())
        .isEqualTo(quickBooksTime.plusHours(1).toInstant().toString());
    assertThat(new String(sealedTokens(), StandardCharsets.ISO_8859_1))
        .as("tokens are encrypted at rest")
        .doesNotContain("access-" + run);
  }

  @Test
  void aPaymentAppliedInRecoupIsWrittenBackOnceEvenWhenItsFirstAttemptBrokeOff() {
    String number = "P-" + run;
    long paymentId = paymentOn(importedInvoice(number));
    QUICKBOOKS.stubFor(
        query("DocNumber = '" + number + "'")
            .willReturn(okJson(page("Invoice", invoice("102", number, "120.00", "120.00")))));
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo(COMPANY + "/payment"))
            .inScenario("write")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("written"));
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo(COMPANY + "/payment"))
            .inScenario("write")
            .whenScenarioStateIs("written")
            .willReturn(
                okJson(
                    "{\"Payment\": {\"Id\": \"555\"}, \"time\": \"2026-03-02T02:00:00-08:00\"}")));

    assertThat(sync.paymentsToPush(BooksVendor.QUICKBOOKS)).contains(paymentId);
    assertThatThrownBy(() -> sync.pushPayment(BooksVendor.QUICKBOOKS, paymentId));
    sync.pushPayment(BooksVendor.QUICKBOOKS, paymentId);
    sync.pushPayment(BooksVendor.QUICKBOOKS, paymentId);

    QUICKBOOKS.verify(
        2,
        postRequestedFor(urlPathEqualTo(COMPANY + "/payment"))
            .withQueryParam("requestid", equalTo("recoup-payment-" + paymentId)));
    assertThat(
            jdbc.sql("select status || ' ' || external_id from books_push where payment_id = ?")
                .param(paymentId)
                .query(String.class)
                .single())
        .isEqualTo("PUSHED 555");
    assertThat(sync.paymentsToPush(BooksVendor.QUICKBOOKS)).doesNotContain(paymentId);
  }

  @Test
  void aLateFeeIsWrittenAsALineOnItsInvoiceOnceAcrossTwoSyncs() {
    String number = "L-" + run;
    long feeId = feeOn(importedInvoice(number), Duration.ofMillis(1));
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.INVOICE_LINE);
    QUICKBOOKS.stubFor(
        query("DocNumber = '" + number + "'")
            .willReturn(okJson(page("Invoice", invoiceWithLine("102", number)))));
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo(COMPANY + "/invoice"))
            .willReturn(okJson("{\"Invoice\": {\"Id\": \"102\", \"SyncToken\": \"4\"}}")));

    pushLateFeesAsARunDoes();
    pushLateFeesAsARunDoes();

    QUICKBOOKS.verify(
        1,
        postRequestedFor(urlPathEqualTo(COMPANY + "/invoice"))
            .withQueryParam("requestid", equalTo("recoup-fee-" + feeId))
            .withRequestBody(
                equalToJson(
                    """
                    {"Id": "102", "SyncToken": "3", "sparse": true,
                     "Line": [{"Id": "1", "Amount": 120.00, "DetailType": "SalesItemLineDetail",
                               "SalesItemLineDetail": {"ItemRef": {"value": "7"}}},
                              {"Amount": 15.00, "Description": "Late fee on invoice %s",
                               "DetailType": "SalesItemLineDetail",
                               "SalesItemLineDetail": {"ItemRef": {"value": "42"}}}]}
                    """
                        .formatted(number))));
    assertThat(pushOf(feeId)).isEqualTo("PUSHED 102");
  }

  @Test
  void aLateFeeIsWrittenAsAnInvoiceOfItsOwnOnceAndWaivingItAfterwardsOpensATask() throws Exception {
    String number = "S-" + run;
    long feeId = feeOn(importedInvoice(number), Duration.ofMillis(1));
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.SEPARATE_INVOICE);
    QUICKBOOKS.stubFor(
        query("DocNumber = '" + number + "'")
            .willReturn(okJson(page("Invoice", invoiceWithLine("102", number)))));
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo(COMPANY + "/invoice"))
            .willReturn(okJson("{\"Invoice\": {\"Id\": \"877\", \"SyncToken\": \"0\"}}")));

    pushLateFeesAsARunDoes();
    pushLateFeesAsARunDoes();

    QUICKBOOKS.verify(
        1,
        postRequestedFor(urlPathEqualTo(COMPANY + "/invoice"))
            .withQueryParam("requestid", equalTo("recoup-fee-" + feeId))
            .withRequestBody(
                equalToJson(
                    """
                    {"CustomerRef": {"value": "1"}, "TxnDate": "${json-unit.any-string}",
                     "PrivateNote": "Late fee on invoice %s (Recoup)",
                     "Line": [{"Amount": 15.00, "Description": "Late fee on invoice %s",
                               "DetailType": "SalesItemLineDetail",
                               "SalesItemLineDetail": {"ItemRef": {"value": "42"}}}]}
                    """
                        .formatted(number, number))));
    assertThat(pushOf(feeId)).isEqualTo("PUSHED 877");

    var waived =
        asAdmin(
            "POST",
            "/api/cases/" + number + "/fees/" + feeId + "/waive",
            "{\"reason\": \"goodwill\"}");

    assertThat(waived.statusCode()).as(waived.body()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select title from human_task where kind = 'books.fee_waived' and status = 'OPEN'"
                        + " and title like ?")
                .param("%invoice " + number + " %")
                .query(String.class)
                .list())
        .containsExactly(
            "Late fee 15 EUR on invoice "
                + number
                + " was waived in Recoup after it was written back to QuickBooks Online"
                + " (id there: 877): take it off there too.");
  }

  @Test
  void aLateFeeGivenUpOnOpensATaskAndIsNotOfferedAgain() {
    String number = "G-" + run;
    long feeId = feeOn(importedInvoice(number), Duration.ofMillis(1));
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.INVOICE_LINE);
    QUICKBOOKS.stubFor(
        query("DocNumber = '" + number + "'")
            .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

    assertThatThrownBy(() -> sync.pushLateFee(BooksVendor.QUICKBOOKS, feeId));
    sync.lateFeePushFailed(BooksVendor.QUICKBOOKS, feeId, "QuickBooks answered 503");

    assertThat(sync.lateFeesToPush(BooksVendor.QUICKBOOKS)).doesNotContain(feeId);
    assertThat(
            jdbc.sql(
                    "select title from human_task where kind = 'books.push_failed' and title like ?")
                .param("%invoice " + number + " %")
                .query(String.class)
                .list())
        .containsExactly(
            "Late fee of 15 EUR on invoice "
                + number
                + " was not written back to QuickBooks Online: QuickBooks answered 503."
                + " Record it there by hand.");
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.OFF);
  }

  @Test
  void withTheSettingOffOrAFeeFromBeforeConnectingNothingIsWritten() {
    String number = "O-" + run;
    long invoiceId = importedInvoice(number);
    long feeId = feeOn(invoiceId, Duration.ofMillis(1));
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.OFF);

    assertThat(sync.lateFeesToPush(BooksVendor.QUICKBOOKS)).isEmpty();
    sync.pushLateFee(BooksVendor.QUICKBOOKS, feeId);

    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.INVOICE_LINE);
    long older = feeOn(invoiceId, Duration.ofDays(-1));
    assertThat(sync.lateFeesToPush(BooksVendor.QUICKBOOKS))
        .as("a fee from before connecting is the books' own business")
        .doesNotContain(older)
        .contains(feeId);
    QUICKBOOKS.verify(0, postRequestedFor(urlPathEqualTo(COMPANY + "/invoice")));
    assertThat(
            jdbc.sql("select count(*) from books_push where late_fee_id = ?")
                .param(feeId)
                .query(Long.class)
                .single())
        .isZero();
    connections.setLateFees(BooksVendor.QUICKBOOKS, LateFeeWriteBack.OFF);
  }

  @Test
  void anExpiredRefreshTokenDisconnectsCleanlyWithATaskForAnAdmin() {
    grants.connect(BooksVendor.QUICKBOOKS, tokens(Duration.ofMinutes(1)), "owner@example.com");
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo("/oauth2/v1/tokens/bearer"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\": \"invalid_grant\"}")));

    assertThat(sync.pull(BooksVendor.QUICKBOOKS).connected()).isFalse();

    var connection = connections.find(BooksVendor.QUICKBOOKS).orElseThrow();
    assertThat(connection.connected()).isFalse();
    assertThat(connection.sealedTokens()).isNull();
    assertThat(connection.disconnectReason()).contains("invalid_grant");
    assertThat(
            jdbc.sql(
                    "select count(*) from human_task where kind = 'books.disconnected' and status = 'OPEN'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    QUICKBOOKS.verify(0, getRequestedFor(urlPathEqualTo(COMPANY + "/query")));
  }

  @Test
  @Order(Integer.MAX_VALUE - 1) // late: the sync it starts goes on running in the background
  void aForgedWebhookIsRefusedAndASignedOneSyncsAtOnce() throws Exception {
    QUICKBOOKS.stubFor(get(anyUrl()).willReturn(okJson(page("Invoice"))));
    String body =
        "{\"eventNotifications\":[{\"realmId\":\""
            + REALM
            + "\",\"dataChangeEvent\":{\"entities\":[{\"name\":\"Invoice\",\"id\":\"101\","
            + "\"operation\":\"Update\",\"lastUpdated\":\"2026-03-02T10:00:00.000Z\"}]}}]}";

    var forged = webhook(body, sign("not-the-verifier", body));
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("intuit-signature");
    Thread.sleep(500);
    assertThat(QUICKBOOKS.getAllServeEvents()).as("a forged webhook starts no sync").isEmpty();

    var signed = webhook(body, sign("verifier-token-123", body));
    assertThat(signed.statusCode()).isEqualTo(200);
    Eventually.within(
        Duration.ofSeconds(30),
        "the signed webhook's sync reads QuickBooks",
        () -> !QUICKBOOKS.getAllServeEvents().isEmpty());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void connectingChecksTheStateParameterBeforeTradingTheCode() throws Exception {
    grants.disconnect(BooksVendor.QUICKBOOKS, "test");
    QUICKBOOKS.stubFor(
        post(urlPathEqualTo("/oauth2/v1/tokens/bearer"))
            .withRequestBody(containing("grant_type=authorization_code"))
            .willReturn(
                okJson(
                    """
                    {"token_type": "bearer", "access_token": "access-new", "refresh_token": "refresh-new",
                     "expires_in": 3600, "x_refresh_token_expires_in": 8726400}
                    """)));

    var started = asAdmin("POST", "/settings/accounting/quickbooks/connect");
    assertThat(started.statusCode()).isEqualTo(302);
    String location = started.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .startsWith("https://appcenter.intuit.com/connect/oauth2")
        .contains("client_id=client-abc", "scope=com.intuit.quickbooks.accounting");
    String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");

    var forged =
        asAdmin(
            "GET",
            "/settings/accounting/quickbooks/callback?code=c1&state=forged&realmId=" + REALM);
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("unknown, used or expired state");
    assertThat(connections.find(BooksVendor.QUICKBOOKS).orElseThrow().connected()).isFalse();
    QUICKBOOKS.verify(0, postRequestedFor(urlPathEqualTo("/oauth2/v1/tokens/bearer")));

    var granted =
        asAdmin(
            "GET",
            "/settings/accounting/quickbooks/callback?code=c1&state="
                + state
                + "&realmId="
                + REALM);
    assertThat(granted.statusCode()).isEqualTo(302);
    assertThat(connections.find(BooksVendor.QUICKBOOKS).orElseThrow().connected()).isTrue();
    QUICKBOOKS.verify(
        1,
        postRequestedFor(urlPathEqualTo("/oauth2/v1/tokens/bearer"))
            .withRequestBody(containing("code=c1")));
    var replayed =
        asAdmin(
            "GET",
            "/settings/accounting/quickbooks/callback?code=c1&state="
                + state
                + "&realmId="
                + REALM);
    assertThat(replayed.statusCode()).as("a state is good once").isEqualTo(400);

    var page =
        signedInBrowser()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/settings/accounting"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("QuickBooks Online", "connected by owner@example.com", "Sync now");
  }

  /** A browser session of the admin, signed in through the login form. */
  private HttpClient signedInBrowser() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String login =
        browser
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    String form =
        "username="
            + URLEncoder.encode("owner@example.com", StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return browser;
  }

  private HttpResponse<String> asAdmin(String method, String path) throws Exception {
    return asAdmin(method, path, null);
  }

  private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
    String pair = "owner@example.com:correct horse battery";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                    method,
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> webhook(String body, String signature) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/webhooks/books/quickbooks"))
                .header("Content-Type", "application/json")
                .header("intuit-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String key, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private BooksTokens tokens(Duration accessFor) {
    Instant now = clock.instant();
    return new BooksTokens(
        "access-" + run,
        "refresh-" + run,
        now.plus(accessFor),
        now.plus(Duration.ofDays(100)),
        REALM);
  }

  /** An invoice the books sent in a sync. */
  private long importedInvoice(String number) {
    QUICKBOOKS.stubFor(query("from Customer").willReturn(okJson(page("Customer", customer()))));
    QUICKBOOKS.stubFor(
        query("from Invoice where Balance")
            .willReturn(okJson(page("Invoice", invoice("102", number, "120.00", "120.00")))));
    QUICKBOOKS.stubFor(query("from CreditMemo").willReturn(okJson(page("CreditMemo"))));
    sync.pull(BooksVendor.QUICKBOOKS);
    return jdbc.sql("select id from invoice where number = ?")
        .param(number)
        .query(Long.class)
        .single();
  }

  /** A payment Recoup applied (as the portal records one). */
  private long paymentOn(long invoiceId) {
    return jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source, external_id)
            values (?, 120.00, 'EUR', now(), 'portal', ?) returning id
            """)
        .params(invoiceId, "pi_" + run)
        .query(Long.class)
        .single();
  }

  /** What a sync run does with late fees after its payments. */
  private void pushLateFeesAsARunDoes() {
    for (long fee : sync.lateFeesToPush(BooksVendor.QUICKBOOKS)) {
      sync.pushLateFee(BooksVendor.QUICKBOOKS, fee);
    }
  }

  /**
   * A late fee of 15 EUR posted on the invoice's case {@code afterConnecting} the connection was
   * made (negative: before it).
   */
  private long feeOn(long invoiceId, Duration afterConnecting) {
    Instant connectedAt = connections.find(BooksVendor.QUICKBOOKS).orElseThrow().connectedAt();
    jdbc.sql(
            "insert into collection_case (invoice_id, workflow_id) values (?, ?)"
                + " on conflict (invoice_id) do nothing")
        .params(invoiceId, "books-fee-test-" + invoiceId)
        .update();
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoiceId)
            .query(Long.class)
            .single();
    long feeId =
        fees.post(
                caseId,
                invoiceId,
                "fee-test-" + UUID.randomUUID(),
                "FIXED",
                new BigDecimal("15.00"),
                "EUR")
            .orElseThrow();
    jdbc.sql("update late_fee set posted_at = ? where id = ?")
        .params(Timestamp.from(connectedAt.plus(afterConnecting)), feeId)
        .update();
    return feeId;
  }

  private String pushOf(long feeId) {
    return jdbc.sql("select status || ' ' || external_id from books_push where late_fee_id = ?")
        .param(feeId)
        .query(String.class)
        .single();
  }

  private String invoiceStatus(String number) {
    return jdbc.sql("select status from invoice where number = ?")
        .param(number)
        .query(String.class)
        .single();
  }

  private byte[] sealedTokens() {
    return connections.find(BooksVendor.QUICKBOOKS).orElseThrow().sealedTokens();
  }

  private static com.github.tomakehurst.wiremock.client.MappingBuilder query(String text) {
    return get(urlPathEqualTo(COMPANY + "/query")).withQueryParam("query", containing(text));
  }

  private String page(String entity, String... entities) {
    return """
        {"QueryResponse": {"%s": [%s], "startPosition": 1, "maxResults": %d},
         "time": "%s"}
        """
        .formatted(entity, String.join(",", entities), entities.length, quickBooksTime);
  }

  private String customer() {
    return """
        {"Id": "1", "DisplayName": "Acme %s", "PrimaryEmailAddr": {"Address": "ap@acme.example"}}
        """
        .formatted(run);
  }

  private String invoice(String id, String number, String total, String balance) {
    return """
        {"Id": "%s", "DocNumber": "%s", "TxnDate": "2026-01-29", "DueDate": "2026-02-28",
         "CustomerRef": {"value": "1", "name": "Acme %s"}, "CurrencyRef": {"value": "EUR"},
         "TotalAmt": %s, "Balance": %s}
        """
        .formatted(id, number, run, total, balance);
  }

  /** An invoice as QuickBooks answers a query for it: its lines and its SyncToken. */
  private String invoiceWithLine(String id, String number) {
    return """
        {"Id": "%s", "SyncToken": "3", "DocNumber": "%s", "TxnDate": "2026-01-29",
         "DueDate": "2026-02-28", "CustomerRef": {"value": "1", "name": "Acme %s"},
         "CurrencyRef": {"value": "EUR"}, "TotalAmt": 120.00, "Balance": 120.00,
         "Line": [{"Id": "1", "Amount": 120.00, "DetailType": "SalesItemLineDetail",
                   "SalesItemLineDetail": {"ItemRef": {"value": "7"}}},
                  {"Amount": 120.00, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}]}
        """
        .formatted(id, number, run);
  }

  private String payment(String id, String amount, String invoiceId) {
    return """
        {"Id": "%s", "TxnDate": "2026-03-01", "TotalAmt": %s,
         "CustomerRef": {"value": "1", "name": "Acme %s"},
         "Line": [{"Amount": %s, "LinkedTxn": [{"TxnId": "%s", "TxnType": "Invoice"}]}]}
        """
        .formatted(id, amount, run, amount, invoiceId);
  }
}
