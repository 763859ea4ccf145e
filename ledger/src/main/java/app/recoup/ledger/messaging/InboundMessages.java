package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inbound messages, recorded once each, and the open cases a sender's messages belong to. */
@Repository
public class InboundMessages {

  private final JdbcClient jdbc;

  public InboundMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns false when this message was recorded before (a redelivery or a second poll). */
  public boolean record(
      String externalId,
      Channel channel,
      String sender,
      String subject,
      InboundKind kind,
      Long caseId,
      String excerpt) {
    return jdbc.sql(
                """
                insert into inbound_message (external_id, channel, sender, subject, classification, case_id, excerpt)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (external_id) do nothing
                """)
            .params(externalId, channel.name(), sender, subject, kind.name(), caseId, excerpt)
            .update()
        == 1;
  }

  public boolean seen(String externalId) {
    return jdbc.sql("select exists (select 1 from inbound_message where external_id = ?)")
        .param(externalId)
        .query(Boolean.class)
        .single();
  }

  /** When the newest message from this phone number on the channel arrived; empty if none did. */
  public Optional<Instant> lastFromPhone(Channel channel, String phone) {
    return jdbc.sql("select max(received_at) from inbound_message where channel = ? and sender = ?")
        .params(channel.name(), PhoneNumbers.normalize(phone))
        .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .single();
  }

  /** Cases not closed whose customer has a contact with this phone number. */
  public List<Long> openCasesForPhone(String phone) {
    return jdbc.sql(
            """
            select distinct c.id from collection_case c
              join invoice i on i.id = c.invoice_id
              join customer_contact cc on cc.customer_id = i.customer_id
             where c.status <> 'CLOSED' and regexp_replace(cc.phone, '[^0-9+]', '', 'g') = ?
             order by c.id
            """)
        .param(PhoneNumbers.normalize(phone))
        .query(Long.class)
        .list();
  }

  /** Whether the case is still open, so a reply can still pause it. */
  public boolean isOpen(long caseId) {
    return jdbc.sql(
            "select exists (select 1 from collection_case where id = ? and status <> 'CLOSED')")
        .param(caseId)
        .query(Boolean.class)
        .single();
  }
}
