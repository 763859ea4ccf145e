package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.web.cases.Eventually;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every payments test starts from: the running application and a fresh customer. */
abstract class PaymentsFixture {

  /** Stands in for api.stripe.com; one for the JVM, as the application context is shared too. */
  static final WireMockServer STRIPE =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static {
    STRIPE.start();
  }

  @DynamicPropertySource
  static void stripeApi(DynamicPropertyRegistry registry) {
    registry.add("recoup.stripe.api-base", STRIPE::baseUrl);
  }

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired JdbcClient jdbc;

  Http http;
  Books books;
  Customer customer;

  @BeforeEach
  void startFromAFreshCustomer() {
    http = Http.on(port);
    books = new Books(customers, invoices, jdbc);
    customer = books.customer();
  }

  /** A payment notification through the generic webhook, signed as the processor would. */
  void receive(String body) throws Exception {
    long now = Instant.now().getEpochSecond();
    var response =
        http.send(
            HttpRequest.newBuilder(http.uri("/webhooks/payments"))
                .header("X-Recoup-Timestamp", Long.toString(now))
                .header(
                    "X-Recoup-Signature",
                    "sha256=" + PaymentWebhookTest.hmac("generic-test-secret", now + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).isEqualTo(200);
    appliedStatus(response);
  }

  private static final Pattern NOTIFICATION_ID = Pattern.compile("\"notification_id\":(\\d+)");

  /** The stored notification a webhook's answer names. */
  static long notificationId(HttpResponse<String> stored) {
    Matcher id = NOTIFICATION_ID.matcher(stored.body());
    assertThat(id.find()).as(stored.body()).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** How long the relay may take to apply a stored notification before a test gives up on it. */
  private static final Duration RELAY_GIVEN = Duration.ofSeconds(30);

  /**
   * The webhook answers once the notification is stored; the event relay applies it on its own
   * thread. Waits until it did (its event delivered) and answers the notification's status then.
   */
  String appliedStatus(HttpResponse<String> stored) {
    long notification = notificationId(stored);
    Eventually.within(
        RELAY_GIVEN,
        "notification " + notification + " applied by the relay",
        () ->
            jdbc.sql(
                        "select count(*) from workflow_event where kind = 'PAYMENT_NOTIFICATION'"
                            + " and payload = :id and delivered_at is null")
                    .param("id", Long.toString(notification))
                    .query(Long.class)
                    .single()
                == 0);
    return jdbc.sql("select status from payment_notification where id = :id")
        .param("id", notification)
        .query(String.class)
        .single();
  }
}
