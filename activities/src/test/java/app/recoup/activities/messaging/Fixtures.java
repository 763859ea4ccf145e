package app.recoup.activities.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Customers, invoices and cases written straight to the ledger tables. */
@Component
public class Fixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;

  Fixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A customer with one billing contact and one open case on an overdue invoice; returns the case
   * id.
   */
  public long openCase(String email, String phone) {
    int n = SEQUENCE.incrementAndGet();
    long customer =
        jdbc.sql("insert into customer (name, time_zone) values (?, 'Europe/Berlin') returning id")
            .param("Customer " + n + " " + System.nanoTime())
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, name, email, phone) values (?, 0, 'Pat', ?, ?)")
        .params(customer, email, phone)
        .update();
    long invoice =
        jdbc.sql(
                """
                insert into invoice (number, customer_id, currency, total, issue_date, due_date)
                values (?, ?, 'EUR', 1250.00, current_date - 60, current_date - 30) returning id
                """)
            .params("INV-" + n + "-" + System.nanoTime(), customer)
            .query(Long.class)
            .single();
    return jdbc.sql(
            "insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
        .params(invoice, "invoice-test-" + invoice)
        .query(Long.class)
        .single();
  }

  public long invoiceOf(long caseId) {
    return jdbc.sql("select invoice_id from collection_case where id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  /** Files a dispute of the case's invoice, as the portal does, in the given state. */
  public void dispute(long caseId, String status) {
    jdbc.sql(
            """
            insert into invoice_dispute (invoice_id, customer_id, reason, status)
            select i.id, i.customer_id, 'WRONG_AMOUNT', ? from invoice i where i.id = ?
            """)
        .params(status, invoiceOf(caseId))
        .update();
  }

  public long tasks(Long caseId, String kind) {
    return jdbc.sql(
            "select count(*) from human_task where case_id is not distinct from ? and kind = ?")
        .params(caseId, kind)
        .query(Long.class)
        .single();
  }

  public long events(long caseId, String type) {
    return jdbc.sql("select count(*) from timeline_event where case_id = ? and type = ?")
        .params(caseId, type)
        .query(Long.class)
        .single();
  }

  /**
   * Runs {@code send} while every acknowledgement (outbox row to SENT) fails in PostgreSQL, as a
   * crash between the provider's acceptance and the acknowledgement would leave it.
   */
  public void withFailingAcknowledgement(Runnable send) {
    jdbc.sql(
            """
            create function refuse_ack() returns trigger language plpgsql as $$
            begin raise exception 'database gone'; end; $$
            """)
        .update();
    jdbc.sql(
            """
            create trigger refuse_ack before update on outbox_message for each row
            when (new.status = 'SENT') execute function refuse_ack()
            """)
        .update();
    try {
      send.run();
    } finally {
      jdbc.sql("drop trigger refuse_ack on outbox_message").update();
      jdbc.sql("drop function refuse_ack()").update();
    }
  }
}
