package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.relay.WorkflowEventRelay;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceStatus;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.web.RecoupApplication;
import app.recoup.web.cases.Eventually;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 200 from the payment webhook means "stored, will be applied": a notification stored by a
 * process that stopped before applying it is applied, once, by the next one.
 */
class PaymentWebhookRestartTest {

  private static final String SECRET = "restart-test-secret";

  @TempDir Path dataDirectory;

  private ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(RecoupApplication.class)
        .run(
            "--recoup.database.embedded.data-directory=" + dataDirectory.resolve("postgres"),
            "--server.port=0",
            "--recoup.admin.email=admin@restart.test",
            "--recoup.admin.password=restart-secret",
            "--recoup.webhooks.payments.secret=" + SECRET,
            "--recoup.payments.sweep-interval=PT1H");
  }

  @Test
  void aPaymentStoredButNotYetAppliedIsAppliedOnceAfterARestart() throws Exception {
    Invoice invoice;
    String body;
    try (ConfigurableApplicationContext first = startApplication()) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      Books books =
          new Books(
              first.getBean(CustomerRepository.class),
              first.getBean(InvoiceRepository.class),
              jdbc);
      invoice = books.invoice(books.customer(), "EUR", "100.00");
      body =
          PaymentWebhookTest.single(
              invoice.getNumber(), "100.00", "EUR", PaymentWebhookTest.newId());

      try (Connection relayHeldBack = first.getBean(DataSource.class).getConnection();
          Statement lock = relayHeldBack.createStatement()) {
        lock.execute("select pg_advisory_lock(" + WorkflowEvents.RELAY_LOCK + ")");

        HttpResponse<String> answer = deliver(first, body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
            .contains("\"status\":\"PENDING\"")
            .contains("\"redelivery\":false");
        assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("100.00");
        // the process stops before its relay got to the notification
        first.getBean(WorkflowEventRelay.class).destroy();
        lock.execute("select pg_advisory_unlock(" + WorkflowEvents.RELAY_LOCK + ")");
      }
    }

    try (ConfigurableApplicationContext second = startApplication()) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      Books books =
          new Books(
              second.getBean(CustomerRepository.class),
              second.getBean(InvoiceRepository.class),
              jdbc);
      Eventually.within(
          Duration.ofSeconds(30),
          "the stored payment applied after the restart",
          () -> books.reload(invoice).getStatus() == InvoiceStatus.PAID);

      HttpResponse<String> again = deliver(second, body);

      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("\"status\":\"PROCESSED\"").contains("\"redelivery\":true");
      assertThat(books.payments(invoice)).isEqualTo(1);
      assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("0");
    }
  }

  private static HttpResponse<String> deliver(
      ConfigurableApplicationContext application, String body) throws Exception {
    int port = ((WebServerApplicationContext) application).getWebServer().getPort();
    long now = Instant.now().getEpochSecond();
    return Http.on(port)
        .send(
            HttpRequest.newBuilder(Http.on(port).uri("/webhooks/payments"))
                .header("Content-Type", "application/json")
                .header("X-Recoup-Timestamp", Long.toString(now))
                .header(
                    "X-Recoup-Signature",
                    "sha256=" + PaymentWebhookTest.hmac(SECRET, now + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
