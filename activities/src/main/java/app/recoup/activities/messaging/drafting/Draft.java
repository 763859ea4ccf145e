package app.recoup.activities.messaging.drafting;

/** A reminder ready for approval: email (subject, html, text) and the short SMS variant. */
public record Draft(
    String subject, String html, String text, String sms, String paymentLink, String portalLink) {}
