package app.recoup.web.queue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers, invoices and cases written straight into the ledger for the queue tests. */
public final class QueueData {

  private final JdbcClient jdbc;

  public QueueData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long customer(String name, String segment) {
    return jdbc.sql("insert into customer (name, segment) values (:name, :segment) returning id")
        .param("name", name)
        .param("segment", segment)
        .query(Long.class)
        .single();
  }

  /** An invoice with a case in the given status; returns the case id. */
  public long caseOf(
      long customerId,
      String number,
      String balance,
      int daysOverdue,
      String status,
      String assignee) {
    return openCase(
        invoice(customerId, number, balance, daysOverdue, status), number, status, assignee);
  }

  /** An invoice alone, paid if its case is to be closed; returns its id. */
  public long invoice(
      long customerId, String number, String balance, int daysOverdue, String status) {
    LocalDate due = LocalDate.now().minusDays(daysOverdue);
    return jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, issue_date, due_date, status)
            values (:number, :customer, 'EUR', :total, :issued, :due, :status) returning id
            """)
        .param("number", number)
        .param("customer", customerId)
        .param("total", new BigDecimal(balance))
        .param("issued", due.minusDays(30))
        .param("due", due)
        .param("status", status.equals("CLOSED") ? "PAID" : "OPEN")
        .query(Long.class)
        .single();
  }

  /** A case on the invoice; returns the case id. */
  public long openCase(long invoiceId, String number, String status, String assignee) {
    return jdbc.sql(
            """
            insert into collection_case (invoice_id, workflow_id, status, assignee)
            values (:invoice, :workflow, :status, :assignee) returning id
            """)
        .param("invoice", invoiceId)
        .param("workflow", "test-" + number)
        .param("status", status)
        .param("assignee", assignee)
        .query(Long.class)
        .single();
  }

  public void reply(long caseId) {
    jdbc.sql(
            """
            insert into inbound_message (external_id, channel, classification, case_id, excerpt)
            values (gen_random_uuid()::text, 'EMAIL', 'REPLY', :case, 'We will pay next week')
            """)
        .param("case", caseId)
        .update();
  }

  public void promiseDue(String invoiceNumber, LocalDate promisedDate) {
    jdbc.sql(
            """
            insert into promise_to_pay (invoice_id, customer_id, promised_date, currency)
            select id, customer_id, :date, currency from invoice where number = :number
            """)
        .param("date", promisedDate)
        .param("number", invoiceNumber)
        .update();
  }
}
