package app.recoup.ledger.templates;

import app.recoup.ledger.customers.Tone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every saved version of the reminders' wording, per language; rows are only ever added. */
@Repository
public class MessageTemplateVersions {

  private final JdbcClient jdbc;

  public MessageTemplateVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(
      Tone tone,
      String step,
      String language,
      String subject,
      String body,
      String sms,
      String savedBy) {
    jdbc.sql(
            """
            insert into message_template (tone, step, language, subject, body, sms, saved_by)
            values (:tone, :step, :language, :subject, :body, :sms, :savedBy)
            """)
        .param("tone", tone.name())
        .param("step", step)
        .param("language", language)
        .param("subject", subject)
        .param("body", body)
        .param("sms", sms)
        .param("savedBy", savedBy)
        .update();
  }

  public void reset(Tone tone, String step, String language, String savedBy) {
    save(tone, step, language, null, null, null, savedBy);
  }

  public Optional<SavedWording> latest(Tone tone, String step, String language) {
    return jdbc.sql(
            """
            select * from message_template where tone = ? and step = ? and language = ?
             order by id desc limit 1
            """)
        .params(tone.name(), step, language)
        .query(MessageTemplateVersions::row)
        .optional();
  }

  /** Newest first. */
  public List<SavedWording> history(Tone tone, String step, String language) {
    return jdbc.sql(
            """
            select * from message_template where tone = ? and step = ? and language = ?
             order by id desc
            """)
        .params(tone.name(), step, language)
        .query(MessageTemplateVersions::row)
        .list();
  }

  private static SavedWording row(ResultSet rs, int rowNum) throws SQLException {
    return new SavedWording(
        rs.getLong("id"),
        Tone.valueOf(rs.getString("tone")),
        rs.getString("step"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("sms"),
        rs.getString("saved_by"),
        rs.getTimestamp("saved_at").toInstant());
  }
}
