package app.recoup.activities.messaging.drafting;

/**
 * A reminder ready for approval: email (subject, html, text) and the short SMS variant, and whether
 * the wording came from the templates or a language model.
 */
public record Draft(
    String subject,
    String html,
    String text,
    String sms,
    String paymentLink,
    String portalLink,
    Origin origin) {

  public enum Origin {
    TEMPLATE,
    LLM
  }
}
