package app.recoup.activities.messaging.email;

import app.recoup.activities.documents.StatementPdf;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.ledger.brand.EmailBrands;
import app.recoup.ledger.messaging.Attachment;
import app.recoup.ledger.messaging.MessageKind;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reminder emails as the customer receives them: the approved text as the plain-text part, the same
 * text in the brand's HTML layout with its logo inline, and the customer's PDF statement when asked
 * for. Each goes through the outbox once per key; the HTML and files are made only for the first
 * call, and a retry delivers what that call stored.
 */
@Component
public class ReminderEmails {

  private final MessageSender sender;
  private final Outbox outbox;
  private final ReminderHtml html;
  private final StatementPdf statements;
  private final EmailBrands brands;

  ReminderEmails(
      MessageSender sender,
      Outbox outbox,
      ReminderHtml html,
      StatementPdf statements,
      EmailBrands brands) {
    this.sender = sender;
    this.outbox = outbox;
    this.html = html;
    this.statements = statements;
    this.brands = brands;
  }

  /** Whether the customer's PDF statement travels with the email. */
  public enum Statement {
    /** Always, as combined reminders carry it. */
    ATTACHED,
    /** As the email settings say for reminders about one invoice. */
    AS_SETTINGS_SAY,
    /** Never, as thank-yous and receipts go. */
    NONE
  }

  /**
   * @param key the outbox key: sending the same key twice delivers once
   * @param caseId the case the email threads with, null for none
   * @param to the addresses, comma-separated as in the header
   * @param cc the addresses copied, empty for none
   */
  public record Email(
      MessageKind kind,
      String key,
      Long caseId,
      long customerId,
      String to,
      List<String> cc,
      String subject,
      String text) {

    private OutgoingMessage message(String html) {
      return OutgoingMessage.email(key, caseId, to, subject, html, text).copying(cc).as(kind);
    }
  }

  /** The email in the brand's layout, with the statement when asked, once per key. */
  public OutboxEntry send(Email email, Statement statement) {
    if (outbox.find(email.key()).isPresent()) {
      // claimed before: the row already holds its HTML and files, and a claim would keep them
      return sender.send(email.message(null));
    }
    ReminderHtml.Body body = html.forEmail(email.text());
    List<Attachment> files = new ArrayList<>(body.inlineParts());
    if (statement == Statement.ATTACHED
        || statement == Statement.AS_SETTINGS_SAY && brands.current().attachStatement()) {
      files.add(statements.attachment(email.customerId()));
    }
    return sender.send(email.message(body.html()), files);
  }
}
