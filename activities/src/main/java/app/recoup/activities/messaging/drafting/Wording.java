package app.recoup.activities.messaging.drafting;

/**
 * What a reminder says for one tone and step, as Freemarker templates over the draft's facts
 * ({@code ${amount}}, {@code ${invoice}}, {@code ${payLink}}...): the email's subject, its body in
 * plain text (the HTML version is made from it) and the SMS.
 */
public record Wording(String subject, String body, String sms) {

  public String source(WordingPart part) {
    return switch (part) {
      case SUBJECT -> subject;
      case BODY -> body;
      case SMS -> sms;
    };
  }
}
