package app.recoup.web.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.connectors.BooksSchedules;
import app.recoup.ledger.connectors.BooksConnection;
import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.ledger.fees.LateFeeLedger;
import app.recoup.web.ApplicationTest;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.vocabulary.BooksVendor;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A Xero organisation connected to the whole application, WireMock speaking Xero's identity and
 * accounting APIs: invoices flow in through the sync workflow, a payment in Xero closes the case, a
 * payment recorded in Recoup is written to Xero once. A context of its own: it points the Xero
 * connector at this test's WireMock.
 */
@ApplicationTest
@TestPropertySource(
    properties = {
      "recoup.connectors.token-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      "recoup.connectors.sync-interval=6h",
      "recoup.connectors.xero.client-id=CLIENTID",
      "recoup.connectors.xero.client-secret=CLIENTSECRET",
      "recoup.connectors.xero.redirect-uri=https://recoup.acme.test/settings/accounting/xero/callback",
      "recoup.connectors.xero.webhook-key=" + XeroSyncTest.WEBHOOK_KEY,
      "recoup.connectors.xero.payment-account-code=090",
      "recoup.connectors.xero.late-fee-account-code=260",
      "recoup.connectors.xero.longest-pause=PT2S"
    })
class XeroSyncTest {

  static final String WEBHOOK_KEY = "webhook-key-from-portal";
  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final String INVOICES = "/api.xro/2.0/Invoices";

  static final WireMockServer XERO =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static {
    XERO.start();
  }

  @DynamicPropertySource
  static void xero(DynamicPropertyRegistry registry) {
    for (String url : List.of("login-url", "identity-url", "api-url")) {
      registry.add("recoup.connectors.xero." + url, XERO::baseUrl);
    }
  }

  @AfterAll
  static void stop() {
    XERO.stop();
  }

  @LocalServerPort int port;
  @Autowired BooksSchedules schedules;
  @Autowired BooksConnections connections;
  @Autowired JdbcClient jdbc;
  @Autowired LateFeeLedger fees;

  /** Invoice numbers unique to the test, as the tests share the ledger. */
  String prefix;

  /**
   * An organisation of the test's own: connecting another tenant starts from a first sync, as the
   * connection keeps its cursor only for the same tenant.
   */
  String tenant;

  LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void setUp() {
    XERO.resetAll();
    prefix = "XR" + UUID.randomUUID().toString().substring(0, 6) + "-";
    tenant = "tenant-" + prefix;
    XERO.stubFor(
        get(urlPathEqualTo("/connections"))
            .willReturn(
                okJson(
                    """
                    [{"id":"k-1","tenantId":"%s","tenantType":"ORGANISATION","tenantName":"Acme Ltd",
                      "updatedDateUtc":"2026-11-25T08:59:00.0000000"}]"""
                        .formatted(tenant))));
    for (String resource : List.of("Contacts", "Payments", "CreditNotes")) {
      XERO.stubFor(
          get(urlPathEqualTo("/api.xro/2.0/" + resource))
              .willReturn(okJson("{\"" + resource + "\":[]}")));
    }
  }

  @Test
  void invoicesFlowInAndAPaymentInXeroClosesTheCase() throws Exception {
    stubInvoices(
        List.of(
            invoice("inv-a", prefix + "A", "AUTHORISED", "900.00", "900.00", 1),
            invoice("inv-b", prefix + "B", "AUTHORISED", "400.00", "400.00", 2)));

    connect(1800);

    assertThat(asAdmin("GET", "/settings/accounting", null).body())
        .contains("Xero", "connected by " + ApplicationTest.ADMIN, "(company " + tenant + ")");
    Eventually.within(
        PATIENCE,
        "Xero's invoices opened cases",
        () -> caseStatus(prefix + "A") != null && caseStatus(prefix + "B") != null);
    assertThat(caseStatus(prefix + "A")).isEqualTo("OPEN");
    assertThat(balance(prefix + "B")).isEqualByComparingTo("400.00");
    XERO.verify(
        getRequestedFor(urlPathEqualTo(INVOICES))
            .withHeader("xero-tenant-id", equalTo(tenant))
            .withHeader("If-Modified-Since", absent()));
    String cursor = connection().pullCursor();
    assertThat(cursor).isEqualTo("2026-11-25T10:00:00Z");

    // Xero records the customer's payment of A: the invoice changes, so the next pull brings it
    stubInvoices(List.of(invoice("inv-a", prefix + "A", "PAID", "900.00", "0.00", 3)));
    schedules.syncNow(BooksVendor.XERO, "test");

    Eventually.within(
        PATIENCE,
        "the case of the invoice paid in Xero closed",
        () -> "CLOSED".equals(caseStatus(prefix + "A")));
    assertThat(caseStatus(prefix + "B")).isEqualTo("OPEN");
    XERO.verify(
        getRequestedFor(urlPathEqualTo(INVOICES))
            .withHeader("If-Modified-Since", equalTo("2026-11-25T10:00:00")));
  }

  @Test
  void aPaymentRecordedInRecoupIsWrittenToXeroOnce() throws Exception {
    stubInvoices(List.of(invoice("inv-c", prefix + "C", "AUTHORISED", "500.00", "500.00", 1)));
    XERO.stubFor(
        put(urlPathEqualTo("/api.xro/2.0/Payments"))
            .willReturn(
                okJson(
                    """
                    {"Status":"OK","Payments":[{"PaymentID":"pay-in-xero-1","Amount":200.00,
                      "Status":"AUTHORISED","PaymentType":"ACCRECPAYMENT"}]}""")));
    connect(1800);
    Eventually.within(PATIENCE, "the case opened", () -> caseStatus(prefix + "C") != null);

    var recorded =
        asAdmin(
            "POST",
            "/api/cases/" + prefix + "C/payments",
            "{\"amount\":\"200.00\",\"entryId\":\"" + prefix + "cheque\"}");
    assertThat(recorded.statusCode()).as(recorded.body()).isLessThan(300);
    syncAndWait();
    syncAndWait();

    XERO.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api.xro/2.0/Payments"))
            .withHeader("Idempotency-Key", matching("recoup-payment-\\d+"))
            .withHeader("xero-tenant-id", equalTo(tenant)));
    assertThat(
            jdbc.sql(
                    "select external_id from books_push where vendor = 'XERO' and status = 'PUSHED'")
                .query(String.class)
                .list())
        .contains("pay-in-xero-1");
  }

  @Test
  void aLateFeeIsWrittenToXeroAsALineOnItsInvoiceOnceAcrossTwoSyncs() throws Exception {
    String number = prefix + "F";
    stubInvoices(List.of(invoice("inv-f", number, "AUTHORISED", "300.00", "300.00", 2)));
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES + "/" + number))
            .willReturn(
                okJson(
                    """
                    {"Invoices":[{"InvoiceID":"inv-f","InvoiceNumber":"%s","Type":"ACCREC",
                      "Contact":{"ContactID":"c-f","Name":"Fieldfare Ltd"},
                      "LineItems":[{"LineItemID":"li-1","Description":"Consulting","Quantity":1,
                                    "UnitAmount":300.00,"AccountCode":"200"}]}]}"""
                        .formatted(number))));
    XERO.stubFor(
        post(urlPathEqualTo(INVOICES + "/inv-f"))
            .willReturn(okJson("{\"Invoices\":[{\"InvoiceID\":\"inv-f\"}]}")));
    Instant lastBefore =
        connections.find(BooksVendor.XERO).map(BooksConnection::lastSyncAt).orElse(null);
    connect(1800);
    awaitSyncAfter(lastBefore);
    Eventually.within(PATIENCE, "the case opened", () -> caseStatus(number) != null);
    var set = asAdmin("POST", "/settings/accounting/xero/late-fees?lateFees=INVOICE_LINE", null);
    assertThat(set.statusCode()).isEqualTo(302);
    long feeId = postedFee(number);

    syncAndWait();
    syncAndWait();

    XERO.verify(
        1,
        postRequestedFor(urlPathEqualTo(INVOICES + "/inv-f"))
            .withHeader("Idempotency-Key", equalTo("recoup-fee-" + feeId))
            .withHeader("xero-tenant-id", equalTo(tenant))
            .withRequestBody(
                equalToJson(
                    """
                    {"Invoices":[{"InvoiceID":"inv-f","LineItems":[
                      {"LineItemID":"li-1","Description":"Consulting","Quantity":1,
                       "UnitAmount":300.00,"AccountCode":"200"},
                      {"Description":"Late fee on invoice %s","Quantity":1,"UnitAmount":25.00,
                       "AccountCode":"260"}]}]}"""
                        .formatted(number),
                    false,
                    false)));
    assertThat(
            jdbc.sql("select status || ' ' || external_id from books_push where late_fee_id = ?")
                .param(feeId)
                .query(String.class)
                .single())
        .isEqualTo("PUSHED inv-f");
    connections.setLateFees(BooksVendor.XERO, LateFeeWriteBack.OFF);

    // the settings page links the runs to their histories, where the write shows
    String page = asAdmin("GET", "/settings/accounting", null).body();
    Matcher run =
        Pattern.compile("href=\"(/admin/accounting/runs/books-sync-xero-\\d+/history)\"")
            .matcher(page);
    assertThat(run.find()).as(page).isTrue();
    var history = asAdmin("GET", run.group(1), null);
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains("Workflow history of books-sync-xero-", "LateFeesToPush");
    assertThat(page).contains("href=\"/admin/accounting/runs/books-schedule-xero/history\"");
    assertThat(asAdmin("GET", "/admin/accounting/runs/case-1/history", null).statusCode())
        .as("only sync workflows are shown here")
        .isEqualTo(404);
  }

  @Test
  void theLateFeeSettingRefusesAnUnknownValue() throws Exception {
    stubInvoices(List.of());
    Instant lastBefore =
        connections.find(BooksVendor.XERO).map(BooksConnection::lastSyncAt).orElse(null);
    connect(1800);
    awaitSyncAfter(lastBefore); // so that no run of this test's reaches the next one's stubs

    var refused = asAdmin("POST", "/settings/accounting/xero/late-fees?lateFees=SOMETIMES", null);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("SOMETIMES", "is not one of [OFF, INVOICE_LINE, SEPARATE_INVOICE]");
    assertThat(connection().lateFees()).isEqualTo(LateFeeWriteBack.OFF);
  }

  @Test
  void aStormOf429sIsWaitedOutAndTheSyncCompletes() throws Exception {
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .inScenario("storm")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(limited())
            .willSetStateTo("1"));
    for (int n = 1; n < 6; n++) {
      XERO.stubFor(
          get(urlPathEqualTo(INVOICES))
              .inScenario("storm")
              .whenScenarioStateIs(Integer.toString(n))
              .willReturn(limited())
              .willSetStateTo(Integer.toString(n + 1)));
    }
    XERO.stubFor(
        get(urlPathEqualTo(INVOICES))
            .inScenario("storm")
            .whenScenarioStateIs("6")
            .willReturn(
                okJson(
                    invoices(
                        List.of(
                            invoice("inv-d", prefix + "D", "AUTHORISED", "80.00", "80.00", 1))))));

    connect(1800);

    Eventually.within(
        PATIENCE, "the invoice came in after the storm", () -> caseStatus(prefix + "D") != null);
    // more 429s than one call waits out: the activity was retried after Xero's Retry-After
    XERO.verify(7, getRequestedFor(urlPathEqualTo(INVOICES)));
  }

  @Test
  void aRefreshTokenXeroNoLongerTakesDisconnectsWithATaskForAnAdmin() throws Exception {
    XERO.stubFor(
        post(urlPathEqualTo("/connect/token"))
            .withRequestBody(matching(".*grant_type=refresh_token.*"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_grant\"}")));

    // an access token that expires within the refresh margin: the first sync must refresh it
    connect(60);

    Eventually.within(PATIENCE, "the connection dropped", () -> !connection().connected());
    assertThat(connection().disconnectReason()).contains("invalid_grant");
    assertThat(
            jdbc.sql(
                    "select count(*) from human_task where kind = 'books.disconnected' and status = 'OPEN'"
                        + " and title like 'Xero disconnected%'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    XERO.verify(0, getRequestedFor(urlPathEqualTo(INVOICES)));
  }

  @Test
  void aForgedWebhookIsRefusedAndXerosHandshakeIsAnswered() throws Exception {
    stubInvoices(List.of());
    Instant lastBefore =
        connections.find(BooksVendor.XERO).map(BooksConnection::lastSyncAt).orElse(null);
    connect(1800);
    awaitSyncAfter(lastBefore);
    Instant started = connection().lastSyncStartedAt();
    XERO.resetRequests();
    String handshake =
        "{\"events\":[],\"firstEventSequence\":0,\"lastEventSequence\":0,\"entropy\":\"S0m3r4Nd0mt3xt\"}";

    var forged = webhook(handshake, sign("another-key", handshake));
    var unsigned = webhook(handshake, null);

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(connection().lastSyncStartedAt()).isEqualTo(started);
    XERO.verify(0, anyRequestedFor(anyUrl()));

    var genuine = webhook(handshake, sign(WEBHOOK_KEY, handshake));

    assertThat(genuine.statusCode()).isEqualTo(200);
    assertThat(genuine.body()).isEmpty();
    Eventually.within(
        PATIENCE,
        "the signed notification synced at once",
        () -> connection().lastSyncStartedAt().isAfter(started));
  }

  /**
   * The connect flow through the settings page: Connect sends the admin to Xero's consent page,
   * Xero redirects back with the code and the state, and the first sync starts.
   */
  private void connect(long accessSeconds) throws Exception {
    XERO.stubFor(
        post(urlPathEqualTo("/connect/token"))
            .withRequestBody(matching(".*grant_type=authorization_code.*"))
            .willReturn(
                okJson(
                    """
                    {"access_token":"access-%s","expires_in":%d,"token_type":"Bearer",
                     "refresh_token":"refresh-%s","scope":"offline_access accounting.transactions"}"""
                        .formatted(prefix, accessSeconds, prefix))));
    var connect = asAdmin("POST", "/settings/accounting/xero/connect", "");
    assertThat(connect.statusCode()).isEqualTo(302);
    URI consent = URI.create(connect.headers().firstValue("Location").orElseThrow());
    assertThat(consent.toString()).startsWith(XERO.baseUrl() + "/identity/connect/authorize");
    String state = UriComponentsBuilder.fromUri(consent).build().getQueryParams().getFirst("state");

    var back =
        asAdmin(
            "GET",
            "/settings/accounting/xero/callback?code=code-" + prefix + "&state=" + state,
            null);

    assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
    assertThat(connection().tenantId()).isEqualTo(tenant);
  }

  /** A late fee of 25.00 posted on the invoice's case just after the connection was made. */
  private long postedFee(String number) {
    long feeId =
        fees.post(
                jdbc.sql(
                        "select c.id from collection_case c join invoice i on i.id = c.invoice_id"
                            + " where i.number = ?")
                    .param(number)
                    .query(Long.class)
                    .single(),
                jdbc.sql("select id from invoice where number = ?")
                    .param(number)
                    .query(Long.class)
                    .single(),
                "fee-test-" + number,
                "FIXED",
                new BigDecimal("25.00"),
                "EUR")
            .orElseThrow();
    jdbc.sql("update late_fee set posted_at = ? where id = ?")
        .params(Timestamp.from(connection().connectedAt().plusMillis(1)), feeId)
        .update();
    return feeId;
  }

  private void syncAndWait() {
    Instant before = connection().lastSyncAt();
    schedules.syncNow(BooksVendor.XERO, "test");
    awaitSyncAfter(before);
  }

  /** Waits for a sync that finished after {@code before} (any, when null). */
  private void awaitSyncAfter(Instant before) {
    Eventually.within(
        PATIENCE,
        "a sync finished",
        () -> {
          Instant last = connection().lastSyncAt();
          return last != null && (before == null || last.isAfter(before));
        });
  }

  private BooksConnection connection() {
    return connections.find(BooksVendor.XERO).orElseThrow();
  }

  private String caseStatus(String invoiceNumber) {
    return jdbc.sql(
            "select c.status from collection_case c join invoice i on i.id = c.invoice_id where i.number = ?")
        .param(invoiceNumber)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private BigDecimal balance(String invoiceNumber) {
    return jdbc.sql("select balance from invoice where number = ?")
        .param(invoiceNumber)
        .query(BigDecimal.class)
        .single();
  }

  private void stubInvoices(List<String> invoices) {
    XERO.stubFor(get(urlPathEqualTo(INVOICES)).willReturn(okJson(invoices(invoices))));
  }

  /** A sales invoice as Xero's GET Invoices writes it, due {@code weeksOverdue} weeks ago. */
  private String invoice(
      String id, String number, String status, String total, String due, int weeksOverdue) {
    LocalDate dueDate = today.minusWeeks(weeksOverdue);
    return """
        {"Type":"ACCREC","InvoiceID":"%s","InvoiceNumber":"%s","Reference":"",
         "Contact":{"ContactID":"c-%s","Name":"%s Bluebird Ltd"},
         "Date":"%s","DueDate":"%s","Status":"%s","Total":%s,"AmountDue":%s,
         "CurrencyCode":"EUR","UpdatedDateUTC":"/Date(1795600800000+0000)/"}"""
        .formatted(
            id + prefix,
            number,
            prefix,
            prefix,
            xeroDate(dueDate.minusDays(30)),
            xeroDate(dueDate),
            status,
            total,
            due);
  }

  private static String invoices(List<String> invoices) {
    return "{\"Status\":\"OK\",\"Invoices\":[" + String.join(",", invoices) + "]}";
  }

  private static String xeroDate(LocalDate date) {
    return "/Date(" + date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + "+0000)/";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder limited() {
    return aResponse()
        .withStatus(429)
        .withHeader("Retry-After", "1")
        .withHeader("X-Rate-Limit-Problem", "minute");
  }

  private HttpResponse<String> webhook(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/books/xero"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("x-xero-signature", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request as the admin (HTTP Basic, which needs no CSRF token); a null body is none. */
  private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (ApplicationTest.ADMIN + ":" + ApplicationTest.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String key, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
