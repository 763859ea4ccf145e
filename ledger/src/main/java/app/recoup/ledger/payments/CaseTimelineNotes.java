package app.recoup.ledger.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what happened to an invoice's money on its collection case's timeline, when it has a case.
 * Each note carries a dedup key so processing a notification again cannot repeat it.
 */
@Repository
public class CaseTimelineNotes {

  private final JdbcClient jdbc;

  CaseTimelineNotes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void note(long invoiceId, String actor, String type, String details, String dedupKey) {
    jdbc.sql(
            """
            insert into timeline_event (case_id, actor, type, details, dedup_key)
            select id, :actor, :type, :details, :dedupKey from collection_case where invoice_id = :invoiceId
            on conflict (dedup_key) where dedup_key is not null do nothing
            """)
        .param("invoiceId", invoiceId)
        .param("actor", actor)
        .param("type", type)
        .param("details", details)
        .param("dedupKey", dedupKey)
        .update();
  }
}
