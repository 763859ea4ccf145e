package app.recoup.web.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.links.PortalLinks;
import app.recoup.activities.portal.PortalTokens;
import app.recoup.api.payments.PaymentAdvice;
import app.recoup.api.webhooks.stripe.InvoiceMetadata;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceStatus;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PaymentsApplicationTest
class PortalTest extends PaymentsFixture {

  @Autowired PortalTokens tokens;
  @Autowired PortalLinks links;
  @Autowired PublishedEvents events;

  private HttpClient browser;
  private Invoice invoice;
  private String token;

  @BeforeEach
  void openThePortal() {
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    invoice = books.invoice(customer, "EUR", "120.00");
    token = tokens.issue(customer.getId(), Instant.now().plus(Duration.ofDays(30)));
  }

  @Test
  void theLinkShowsOnlyThisCustomersOpenInvoicesWithBalanceAndFees() throws Exception {
    Invoice someoneElses = books.invoice(books.customer(), "EUR", "99.00");

    var page = open(token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(invoice.getNumber(), "120.00 EUR", "Fees", "Pay 120.00 EUR")
        .doesNotContain(someoneElses.getNumber());
  }

  @Test
  void tamperedExpiredAndRevokedLinksOpenNothing() throws Exception {
    String[] parts = token.split("\\.");
    String otherCustomer = (Long.parseLong(parts[0]) + 1) + token.substring(parts[0].length());
    String expired = tokens.issue(customer.getId(), Instant.now().minusSeconds(1));

    assertThat(open(otherCustomer).statusCode()).isEqualTo(404);
    assertThat(open(token.substring(0, token.length() - 2) + "xx").statusCode()).isEqualTo(404);
    assertThat(open("1.2.3").statusCode()).isEqualTo(404);
    assertThat(open(expired).statusCode()).isEqualTo(410);
    assertThat(open(expired).body()).contains("expired").doesNotContain(invoice.getNumber());

    var issued = http.asAdmin("POST", "/api/customers/" + customer.getId() + "/portal-links", null);
    String url = field(issued.body(), "url");
    String link = url.substring(url.indexOf("/portal/") + "/portal/".length());
    assertThat(open(link).statusCode()).isEqualTo(200);
    var revoked =
        http.asAdmin(
            "POST",
            "/api/customers/"
                + customer.getId()
                + "/portal-links/"
                + field(issued.body(), "tokenId")
                + "/revoke",
            null);
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(open(link).statusCode()).isEqualTo(410);
  }

  @Test
  void formsPostedUnderABadLinkChangeNothing() throws Exception {
    String page = open(token).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    String date = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7).toString();
    String tampered = token.substring(0, token.length() - 2) + "xx";
    String revoked = tokens.issue(customer.getId(), Instant.now().plus(Duration.ofDays(1)));
    tokens.revoke(revoked.split("\\.")[2], customer.getId(), "test");

    for (String link : new String[] {tampered, revoked}) {
      var response =
          browser.send(
              form(
                  "/portal/" + link + "/promise",
                  "invoice="
                      + invoice.getNumber()
                      + "&date="
                      + date
                      + "&_csrf="
                      + enc(csrf.group(1))),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isIn(404, 410);
    }
    assertThat(promises()).isZero();
  }

  @Test
  void aPromiseIsStoredPutOnTheTimelineAndPublished() throws Exception {
    long caseId = books.openCase(invoice);
    LocalDate date = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7);

    var promised =
        submit("promise", "invoice=" + invoice.getNumber() + "&date=" + date + "&amount=50");

    assertThat(promised.statusCode()).isEqualTo(302);
    assertThat(promised.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("?done=promise"));
    assertThat(books.timeline(caseId))
        .containsExactly("PROMISE_TO_PAY: promised 50 EUR by " + date);
    assertThat(events.all(PromiseToPayMade.class))
        .anySatisfy(
            event -> {
              assertThat(event.invoiceId()).isEqualTo(invoice.getId());
              assertThat(event.promisedDate()).isEqualTo(date);
            });
  }

  @Test
  void promisesInThePastTooFarOffOrAboveTheBalanceAreRefused() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    String number = "invoice=" + invoice.getNumber();

    assertThat(submit("promise", number + "&date=" + today).statusCode()).isEqualTo(400);
    assertThat(submit("promise", number + "&date=" + today.plusDays(61)).statusCode())
        .isEqualTo(400);
    assertThat(submit("promise", number + "&date=next+week").statusCode()).isEqualTo(400);
    var tooMuch = submit("promise", number + "&date=" + today.plusDays(3) + "&amount=500");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("at most the balance");
    assertThat(submit("promise", "invoice=NOT-MINE&date=" + today.plusDays(3)).statusCode())
        .isEqualTo(400);

    assertThat(promises()).isZero();
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() throws Exception {
    open(token);
    String date = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7).toString();

    var forged =
        browser.send(
            form(
                "/portal/" + token + "/promise",
                "invoice=" + invoice.getNumber() + "&date=" + date),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(promises()).isZero();
  }

  @Test
  void aDisputeIsStoredPutOnTheTimelineAndPublished() throws Exception {
    long caseId = books.openCase(invoice);

    var disputed =
        submit(
            "dispute",
            "invoice="
                + invoice.getNumber()
                + "&reason=WRONG_AMOUNT&message="
                + enc("We ordered 10, not 12"));
    var nonsense = submit("dispute", "invoice=" + invoice.getNumber() + "&reason=BORED");

    assertThat(disputed.statusCode()).isEqualTo(302);
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(books.timeline(caseId))
        .containsExactly("DISPUTE_OPENED: The amount is wrong: We ordered 10, not 12");
    assertThat(events.all(DisputeOpened.class))
        .anySatisfy(event -> assertThat(event.invoiceId()).isEqualTo(invoice.getId()));
  }

  @Test
  void payingOpensAStripeCheckoutForTheBalanceWithTheInvoicesInTheMetadata() throws Exception {
    STRIPE.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
            {"id":"cs_test_1","object":"checkout.session","mode":"payment",
             "url":"https://checkout.stripe.com/c/pay/cs_test_1"}""")));
    jdbc.sql("update invoice set fees = 5.50 where id = :id").param("id", invoice.getId()).update();

    var paid = submit("pay", "invoice=" + invoice.getNumber());

    assertThat(paid.statusCode()).isEqualTo(302);
    assertThat(paid.headers().firstValue("Location"))
        .hasValue("https://checkout.stripe.com/c/pay/cs_test_1");
    var sent =
        STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).stream()
            .map(request -> URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
            .filter(body -> body.contains(invoice.getNumber()))
            .toList();
    assertThat(sent)
        .singleElement()
        .asString()
        .contains(
            "line_items[0][price_data][unit_amount]=12550",
            "line_items[0][price_data][currency]=eur",
            "metadata[recoup_invoices]=" + invoice.getNumber() + "=125.5000",
            "payment_intent_data[metadata][recoup_invoices]=" + invoice.getNumber() + "=125.5000",
            "mode=payment");
  }

  @Test
  void theOneTapLinkInAReminderOpensCheckoutForThatInvoice() throws Exception {
    STRIPE.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"cs_tap\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/cs_tap\"}")));
    String payment =
        links
            .forInvoice(
                customer.getId(), invoice.getNumber(), Instant.now().plus(Duration.ofDays(60)))
            .payment();

    var tapped =
        http.send(
            HttpRequest.newBuilder(
                URI.create(payment.replaceFirst("^https?://[^/]+", "http://localhost:" + port))));

    assertThat(tapped.statusCode()).isEqualTo(302);
    assertThat(tapped.headers().firstValue("Location"))
        .hasValue("https://checkout.stripe.com/c/pay/cs_tap");
    assertThat(
            STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).stream()
                .map(
                    request ->
                        URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8)))
        .anySatisfy(
            body ->
                assertThat(body)
                    .contains("metadata[recoup_invoices]=" + invoice.getNumber() + "="));
  }

  @Test
  void thePaymentStripeReportsForTheCheckoutPaysTheInvoicesItWasOpenedFor() throws Exception {
    STRIPE.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"cs_test_2\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/cs_test_2\"}")));
    Invoice second = books.invoice(customer, "EUR", "30.00");

    submit("pay", "invoice=" + invoice.getNumber() + "&invoice=" + second.getNumber());
    String metadata =
        STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).stream()
            .map(request -> URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
            .filter(body -> body.contains(second.getNumber()))
            .flatMap(body -> java.util.Arrays.stream(body.split("&")))
            .filter(pair -> pair.startsWith("metadata[recoup_invoices]="))
            .map(pair -> pair.substring("metadata[recoup_invoices]=".length()))
            .findFirst()
            .orElseThrow();
    appliedStatus(
        StripeEvents.deliver(
            http,
            StripeEvents.event(
                "checkout.session.completed",
                """
        {"id":"cs_test_2","object":"checkout.session","payment_intent":"pi_%s","amount_total":15000,
         "currency":"eur","payment_status":"paid","metadata":{"recoup_invoices":"%s"}}"""
                    .formatted(java.util.UUID.randomUUID(), metadata))));

    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.reload(second).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aPaymentThroughThePortalEarnsOneReceiptThoughStripeReportsItTwice() throws Exception {
    jdbc.sql(
            "insert into customer_contact (customer_id, position, name, email) values (?, 0, 'Pat', 'pat@example.com')")
        .params(customer.getId())
        .update();
    String paymentIntent = "pi_" + java.util.UUID.randomUUID();
    String metadata =
        InvoiceMetadata.write(
            java.util.List.of(
                new PaymentAdvice.Remittance(invoice.getNumber(), new BigDecimal("120.00"))));
    String paid =
        """
        {"id":"%s","object":"%s","payment_intent":"%s","amount_total":12000,"amount_received":12000,
         "currency":"eur","payment_status":"paid","metadata":{"recoup_invoices":"%s"}}""";

    appliedStatus(
        StripeEvents.deliver(
            http,
            StripeEvents.event(
                "checkout.session.completed",
                paid.formatted("cs_test_3", "checkout.session", paymentIntent, metadata))));
    StripeEvents.deliver(
        http,
        StripeEvents.event(
            "payment_intent.succeeded",
            paid.formatted(paymentIntent, "payment_intent", paymentIntent, metadata)));

    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(
            jdbc.sql(
                    "select text_body from outbox_message where kind = 'RECEIPT' and recipient = 'pat@example.com' and text_body like ?")
                .param("%" + invoice.getNumber() + "%")
                .query(String.class)
                .list())
        .as("one receipt for the payment Stripe reported as a session and as a payment intent")
        .singleElement()
        .satisfies(
            receipt ->
                assertThat(receipt)
                    .contains("Hi Pat,")
                    .containsPattern(
                        "Invoice "
                            + invoice.getNumber()
                            + ": paid .?120\\.00.*, remaining balance .?0\\.00"));
  }

  @Test
  void whenStripeRefusesTheCustomerIsToldAndNothingChanges() throws Exception {
    STRIPE.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .withRequestBody(containing(invoice.getNumber()))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such thing\"}}")));

    var refused = submit("pay", "invoice=" + invoice.getNumber());

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).contains("Card payment is unavailable", invoice.getNumber());
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("120.00");
  }

  @Test
  void theStatementIsACsvOfTheCustomersInvoices() throws Exception {
    var csv =
        browser.send(
            HttpRequest.newBuilder(http.uri("/portal/" + token + "/statement.csv")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body().lines())
        .first()
        .isEqualTo(
            "invoice_number,issue_date,due_date,currency,total,fees,amount_paid,balance,status");
    assertThat(csv.body()).contains(invoice.getNumber() + ",");
  }

  @Test
  void oneLinkIsRateLimited() throws Exception {
    int status = 200;
    for (int i = 0; i < 100 && status != 429; i++) {
      status = open(token).statusCode();
    }
    assertThat(status).isEqualTo(429);
  }

  private int promises() {
    return jdbc.sql("select count(*) from promise_to_pay where invoice_id = :id")
        .param("id", invoice.getId())
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> open(String link) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(http.uri("/portal/" + link)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> submit(String action, String fields) throws Exception {
    String page = open(token).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as("the portal's forms carry a CSRF token").isTrue();
    return browser.send(
        form("/portal/" + token + "/" + action, fields + "&_csrf=" + enc(csrf.group(1))),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest form(String path, String body) {
    return HttpRequest.newBuilder(http.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }
}
