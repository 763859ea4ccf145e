package app.recoup.activities.messaging.drafting;

import java.io.Serializable;

/**
 * What a reminder says for one tone and step, as Freemarker templates over the draft's facts
 * ({@code ${amount}}, {@code ${invoice}}, {@code ${payLink}}...): the email's subject, its body in
 * plain text (the HTML version is made from it) and the SMS.
 */
public record Wording(String subject, String body, String sms) implements Serializable {

  /** A part left out is empty, so it reads as "must not be empty" rather than failing. */
  public Wording {
    subject = subject == null ? "" : subject;
    body = body == null ? "" : body;
    sms = sms == null ? "" : sms;
  }

  public String source(WordingPart part) {
    return switch (part) {
      case SUBJECT -> subject;
      case BODY -> body;
      case SMS -> sms;
    };
  }
}
