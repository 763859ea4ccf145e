package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.web.ApplicationTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without a Stripe key the portal offers the business's bank details instead of card payment. */
@ApplicationTest
class PortalBankTransferTest {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired JdbcClient jdbc;
  @Autowired PortalTokens tokens;

  @Test
  void theBankDetailsStandInForCardPayment() throws Exception {
    Books books = new Books(customers, invoices, jdbc);
    var customer = books.customer();
    Invoice invoice = books.invoice(customer, "GBP", "80.00");
    String token = tokens.issue(customer.getId(), Instant.now().plus(Duration.ofDays(1)));
    Http http = Http.on(port);

    var page = http.get("/portal/" + token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(invoice.getNumber(), ApplicationTest.BANK_DETAILS, "Pay by bank transfer")
        .doesNotContain("/pay\"");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(http.uri("/portal/" + token + "/pay"))
                        .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(403);

    var tapped = http.get("/portal/" + token + "/pay/" + invoice.getNumber());
    assertThat(tapped.statusCode()).isEqualTo(302);
    assertThat(tapped.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/portal/" + token + "#bank"));
  }
}
