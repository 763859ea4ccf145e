package app.recoup.activities.messaging.inbound;

import app.recoup.ledger.messaging.InboundKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a person's reply from a machine's: bounces (RFC 3464 delivery-status reports, mailer
 * daemons) and auto-replies (RFC 3834 Auto-Submitted, X-Autoreply, vacation subjects).
 */
final class MailClassifier {

  private static final Pattern AUTO_SUBJECT =
      Pattern.compile(
          "^(out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response)|auto:|abwesenheitsnotiz|on vacation|away from)",
          Pattern.CASE_INSENSITIVE);

  private MailClassifier() {}

  static InboundKind classify(MimeMessage mail) throws MessagingException {
    String contentType =
        mail.getContentType() == null ? "" : mail.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/report") && contentType.contains("delivery-status")) {
      return InboundKind.BOUNCE;
    }
    if (fromMailerDaemon(mail)) {
      return InboundKind.BOUNCE;
    }
    String autoSubmitted = mail.getHeader("Auto-Submitted", null);
    if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
      return InboundKind.AUTO_REPLY;
    }
    if (mail.getHeader("X-Autoreply") != null || mail.getHeader("X-Autorespond") != null) {
      return InboundKind.AUTO_REPLY;
    }
    String precedence = mail.getHeader("Precedence", null);
    if (precedence != null
        && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
      return InboundKind.AUTO_REPLY;
    }
    String subject = mail.getSubject() == null ? "" : mail.getSubject().strip();
    if (AUTO_SUBJECT.matcher(subject).find()) {
      return InboundKind.AUTO_REPLY;
    }
    return InboundKind.REPLY;
  }

  private static boolean fromMailerDaemon(MimeMessage mail) throws MessagingException {
    if (mail.getFrom() == null) {
      return false;
    }
    for (var from : mail.getFrom()) {
      if (from instanceof InternetAddress address) {
        String local = address.getAddress().toLowerCase(Locale.ROOT);
        if (local.startsWith("mailer-daemon@") || local.startsWith("postmaster@")) {
          return true;
        }
      }
    }
    return false;
  }
}
