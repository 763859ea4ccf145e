package app.recoup.web.payments;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers, invoices and cases for payments tests, each with names no other test uses. */
record Books(CustomerRepository customers, InvoiceRepository invoices, JdbcClient jdbc) {

  Customer customer() {
    return customers.save(
        new Customer("Customer " + UUID.randomUUID(), ZoneId.of("Europe/Berlin")));
  }

  Invoice invoice(Customer customer, String currency, String total) {
    String number = "INV-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate issued = LocalDate.now().minusDays(40);
    return invoices.save(
        new Invoice(
            number,
            customer.getId(),
            new InvoiceTerms(
                currency,
                new BigDecimal(total),
                BigDecimal.ZERO,
                issued,
                issued.plusDays(14),
                null)));
  }

  Invoice reload(Invoice invoice) {
    return invoices.findById(invoice.getId()).orElseThrow();
  }

  /** A case row, so timeline notes have somewhere to go (the workflow is not under test here). */
  long openCase(Invoice invoice) {
    return jdbc.sql(
            "insert into collection_case (invoice_id, workflow_id) values (:id, :wf) returning id")
        .param("id", invoice.getId())
        .param("wf", "invoice-" + invoice.getNumber())
        .query(Long.class)
        .single();
  }

  /**
   * What the payment side wrote on the case's timeline. The case's own lifecycle (closed when the
   * balance reaches zero) follows asynchronously through the collection process and is left out.
   */
  List<String> timeline(long caseId) {
    return jdbc.sql(
            "select type || ': ' || details from timeline_event"
                + " where case_id = :id and type not like 'CASE\\_%' order by id")
        .param("id", caseId)
        .query(String.class)
        .list();
  }

  int payments(Invoice invoice) {
    return jdbc.sql("select count(*) from payment where invoice_id = :id")
        .param("id", invoice.getId())
        .query(Integer.class)
        .single();
  }

  List<String> exceptionReasons(String reference) {
    return jdbc.sql("select reason from payment_exception where reference like :ref order by id")
        .param("ref", "%" + reference + "%")
        .query(String.class)
        .list();
  }

  long exceptionId(String reference) {
    return jdbc.sql("select id from payment_exception where reference = :ref")
        .param("ref", reference)
        .query(Long.class)
        .single();
  }
}
