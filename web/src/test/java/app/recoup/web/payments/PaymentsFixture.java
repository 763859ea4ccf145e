package app.recoup.web.payments;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every payments test starts from: the running application and a fresh customer. */
abstract class PaymentsFixture {

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
