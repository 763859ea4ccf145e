package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;
import java.util.Objects;

/**
 * A message ready to go. {@code idempotencyKey} is the touch's key: sending the same key twice
 * delivers once. {@code caseId} threads emails of one case into one conversation (null for a
 * message about no case). Subject and html are unused for SMS; a WhatsApp message's subject fills
 * its template when it must be one.
 */
public record OutgoingMessage(
    String idempotencyKey,
    Long caseId,
    Channel channel,
    String recipient,
    String subject,
    String html,
    String text) {

  public OutgoingMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(text, "text");
  }

  public static OutgoingMessage email(
      String key, Long caseId, String to, String subject, String html, String text) {
    return new OutgoingMessage(key, caseId, Channel.EMAIL, to, subject, html, text);
  }

  public static OutgoingMessage sms(String key, Long caseId, String to, String text) {
    return new OutgoingMessage(key, caseId, Channel.SMS, to, null, null, text);
  }

  public static OutgoingMessage whatsApp(
      String key, Long caseId, String to, String subject, String text) {
    return new OutgoingMessage(key, caseId, Channel.WHATSAPP, to, subject, null, text);
  }
}
