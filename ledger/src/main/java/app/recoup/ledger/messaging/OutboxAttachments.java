package app.recoup.ledger.messaging;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of an outbox message, in the order they were given. */
@Repository
public class OutboxAttachments {

  private final JdbcClient jdbc;

  public OutboxAttachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Called by {@link Outbox#claim} in the transaction that inserts the message. */
  void add(long outboxMessageId, List<Attachment> attachments) {
    for (int position = 0; position < attachments.size(); position++) {
      Attachment attachment = attachments.get(position);
      jdbc.sql(
              """
              insert into outbox_attachment
                  (outbox_message_id, position, filename, content_type, content_id, content)
              values (?, ?, ?, ?, ?, ?)
              """)
          .params(
              outboxMessageId,
              position,
              attachment.filename(),
              attachment.contentType(),
              attachment.contentId(),
              attachment.content())
          .update();
    }
  }

  public List<Attachment> of(long outboxMessageId) {
    return jdbc.sql(
            """
            select filename, content_type, content_id, content from outbox_attachment
             where outbox_message_id = ? order by position
            """)
        .param(outboxMessageId)
        .query(
            (rs, row) ->
                new Attachment(
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getString("content_id"),
                    rs.getBytes("content")))
        .list();
  }
}
