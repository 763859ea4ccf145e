package app.recoup.web.payments;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceRepository;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
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
}
