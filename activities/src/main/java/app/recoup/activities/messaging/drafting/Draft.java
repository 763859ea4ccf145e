package app.recoup.activities.messaging.drafting;

/**
 * A reminder ready for approval: email (subject, html, text) and the short SMS variant, and whether
 * the wording came from the templates or a language model. The html is the text in the brand's
 * layout, as previews show it; the email sent is laid out again from the approved text.
 */
public record Draft(
    String subject,
    String html,
    String text,
    String sms,
    String paymentLink,
    String portalLink,
    Origin origin) {

  Draft withHtml(String html) {
    return new Draft(subject, html, text, sms, paymentLink, portalLink, origin);
  }

  public enum Origin {
    TEMPLATE,
    LLM
  }
}
