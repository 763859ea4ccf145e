package app.recoup.api.payments;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads an invoice after locking its row, so payments arriving together for the same invoice take
 * turns instead of failing on the aggregate's optimistic version check.
 */
@Component
class InvoiceLocks {

  private final JdbcClient jdbc;
  private final InvoiceRepository invoices;

  InvoiceLocks(JdbcClient jdbc, InvoiceRepository invoices) {
    this.jdbc = jdbc;
    this.invoices = invoices;
  }

  Optional<Invoice> lock(String number) {
    return jdbc.sql("select id from invoice where number = :number for update")
        .param("number", number)
        .query(Long.class)
        .optional()
        .flatMap(invoices::findById);
  }

  Optional<Invoice> lock(long id) {
    return jdbc.sql("select id from invoice where id = :id for update")
        .param("id", id)
        .query(Long.class)
        .optional()
        .flatMap(invoices::findById);
  }
}
