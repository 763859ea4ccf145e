package app.recoup.ledger.notes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people write on a case: the one writer of {@code case_note} and {@code call_log}. */
@Repository
public class CaseNotes {

  private final JdbcClient jdbc;

  CaseNotes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Note add(long caseId, String author, String body, Instant at) {
    return jdbc.sql(
            """
            insert into case_note (case_id, author, body, created_at)
            values (:caseId, :author, :body, :at)
            returning id, case_id, author, body, created_at
            """)
        .param("caseId", caseId)
        .param("author", author)
        .param("body", body)
        .param("at", Timestamp.from(at))
        .query(Note.class)
        .single();
  }

  public CallLog log(CallLog call) {
    return jdbc.sql(
            """
            insert into call_log (case_id, author, contact_name, contact_number, outcome, summary,
                                  next_action_date, called_at)
            values (:caseId, :author, :contactName, :contactNumber, :outcome, :summary,
                    :nextActionDate, :calledAt)
            returning id, case_id, author, contact_name, contact_number, outcome, summary,
                      next_action_date, called_at
            """)
        .param("caseId", call.caseId())
        .param("author", call.author())
        .param("contactName", call.contactName())
        .param("contactNumber", call.contactNumber())
        .param("outcome", call.outcome().name())
        .param("summary", call.summary())
        .param("nextActionDate", call.nextActionDate())
        .param("calledAt", Timestamp.from(call.calledAt()))
        .query(CallLog.class)
        .single();
  }

  /** Newest first. */
  public List<Note> notes(long caseId) {
    return jdbc.sql(
            """
            select id, case_id, author, body, created_at from case_note
             where case_id = :caseId order by created_at desc, id desc
            """)
        .param("caseId", caseId)
        .query(Note.class)
        .list();
  }

  /** Newest first. */
  public List<CallLog> calls(long caseId) {
    return jdbc.sql(
            """
            select id, case_id, author, contact_name, contact_number, outcome, summary,
                   next_action_date, called_at
              from call_log where case_id = :caseId order by called_at desc, id desc
            """)
        .param("caseId", caseId)
        .query(CallLog.class)
        .list();
  }
}
