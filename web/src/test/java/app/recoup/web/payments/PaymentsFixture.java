package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceRepository;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every payments test starts from: the running application and a fresh customer. */
abstract class PaymentsFixture {

  /** Stands in for api.stripe.com; one for the JVM, as the application context is shared too. */
  static final WireMockServer STRIPE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

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
    var response = http.send(HttpRequest.newBuilder(http.uri("/webhooks/payments"))
        .header("X-Recoup-Timestamp", Long.toString(now))
        .header("X-Recoup-Signature",
            "sha256=" + PaymentWebhookTest.hmac("generic-test-secret", now + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
