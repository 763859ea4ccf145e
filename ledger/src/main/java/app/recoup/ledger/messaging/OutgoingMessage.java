package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;
import java.util.List;
import java.util.Objects;

/**
 * A message ready to go. {@code idempotencyKey} is the touch's key: sending the same key twice
 * delivers once. {@code caseId} threads emails of one case into one conversation (null for a
 * message about no case). Subject and html are unused for SMS; a WhatsApp message's subject fills
 * its template when it must be one. An email's {@code recipient} may name several addresses, and
 * {@code cc} those copied (both comma-separated, as in the headers; null for no copy). Only a
 * {@code kind} that collects is refused at send time for a settled case.
 */
public record OutgoingMessage(
    String idempotencyKey,
    Long caseId,
    Channel channel,
    String recipient,
    String subject,
    String html,
    String text,
    String cc,
    MessageKind kind) {

  public OutgoingMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public static OutgoingMessage email(
      String key, Long caseId, String to, String subject, String html, String text) {
    return new OutgoingMessage(
        key, caseId, Channel.EMAIL, to, subject, html, text, null, MessageKind.REMINDER);
  }

  public static OutgoingMessage sms(String key, Long caseId, String to, String text) {
    return new OutgoingMessage(
        key, caseId, Channel.SMS, to, null, null, text, null, MessageKind.REMINDER);
  }

  public static OutgoingMessage whatsApp(
      String key, Long caseId, String to, String subject, String text) {
    return new OutgoingMessage(
        key, caseId, Channel.WHATSAPP, to, subject, null, text, null, MessageKind.REMINDER);
  }

  /** The same email copied to these addresses (none: no copy). */
  public OutgoingMessage copying(List<String> addresses) {
    String copies = addresses.isEmpty() ? null : String.join(", ", addresses);
    return new OutgoingMessage(
        idempotencyKey, caseId, channel, recipient, subject, html, text, copies, kind);
  }

  /** The same message, sent as this kind. */
  public OutgoingMessage as(MessageKind messageKind) {
    return new OutgoingMessage(
        idempotencyKey, caseId, channel, recipient, subject, html, text, cc, messageKind);
  }
}
