package app.recoup.ledger.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everything the case page shows about one case, read straight from the ledger. */
@Repository
public class CaseFiles {

  private final JdbcClient jdbc;

  public CaseFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CaseHeader> header(String invoiceNumber) {
    return jdbc.sql(
            """
            select k.id as case_id, k.workflow_id, k.status as case_status, k.current_step, k.next_touch_at,
                   k.pause_reason, k.close_reason, k.assignee, k.opened_at, k.closed_at,
                   i.id as invoice_id, i.number as invoice_number, i.status as invoice_status,
                   i.currency, i.total, i.fees, i.amount_paid, i.balance, i.issue_date, i.due_date,
                   i.po_reference, c.id as customer_id, c.name as customer_name, c.time_zone,
                   c.segment, c.preferred_channel, c.tone
              from invoice i
              join collection_case k on k.invoice_id = i.id
              join customer c on c.id = i.customer_id
             where i.number = :number
            """)
        .param("number", invoiceNumber)
        .query(CaseHeader.class)
        .optional();
  }

  public List<PaymentLine> payments(long invoiceId) {
    return jdbc.sql(
            """
            select received_at, amount, refunded, currency, source, external_id as reference
              from payment where invoice_id = :invoice order by received_at, id
            """)
        .param("invoice", invoiceId)
        .query(PaymentLine.class)
        .list();
  }

  public List<ExceptionLine> exceptions(long invoiceId) {
    return jdbc.sql(
            """
            select id, created_at, reason, amount, currency, details, status, resolution, resolved_by
              from payment_exception where invoice_id = :invoice order by created_at, id
            """)
        .param("invoice", invoiceId)
        .query(ExceptionLine.class)
        .list();
  }

  public List<TaskLine> openTasks(long caseId) {
    return jdbc.sql(
            """
            select id, kind, title, assignee, due_at, created_at from human_task
             where case_id = :case and status = 'OPEN' order by due_at nulls last, id
            """)
        .param("case", caseId)
        .query(TaskLine.class)
        .list();
  }
}
