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

  /** A reminder about one invoice: it carries the statement when the email settings say so. */
  public OutboxEntry send(
      String key,
      Long caseId,
      long customerId,
      String to,
      List<String> cc,
      String subject,
      String text) {
    return send(
        MessageKind.REMINDER,
        key,
        caseId,
        customerId,
        to,
        cc,
        subject,
        text,
        brands.current().attachStatement());
  }

  /** A reminder that always carries the customer's statement, as combined reminders do. */
  public OutboxEntry sendWithStatement(
      String key,
      Long caseId,
      long customerId,
      String to,
      List<String> cc,
      String subject,
      String text) {
    return send(MessageKind.REMINDER, key, caseId, customerId, to, cc, subject, text, true);
  }

  /**
   * A thank-you or a receipt: the brand's layout without a statement, delivered although the case
   * may be settled.
   */
  public OutboxEntry sendCourtesy(
      MessageKind kind,
      String key,
      Long caseId,
      long customerId,
      String to,
      List<String> cc,
      String subject,
      String text) {
    return send(kind, key, caseId, customerId, to, cc, subject, text, false);
  }

  private OutboxEntry send(
      MessageKind kind,
      String key,
      Long caseId,
      long customerId,
      String to,
      List<String> cc,
      String subject,
      String text,
      boolean withStatement) {
    if (outbox.find(key).isPresent()) {
      // claimed before: the row already holds its HTML and files, and a claim would keep them
      return sender.send(
          OutgoingMessage.email(key, caseId, to, subject, null, text).copying(cc).as(kind));
    }
    ReminderHtml.Body body = html.forEmail(text);
    List<Attachment> files = new ArrayList<>(body.inlineParts());
    if (withStatement) {
      files.add(statements.attachment(customerId));
    }
    return sender.send(
        OutgoingMessage.email(key, caseId, to, subject, body.html(), text).copying(cc).as(kind),
        files);
  }
}
