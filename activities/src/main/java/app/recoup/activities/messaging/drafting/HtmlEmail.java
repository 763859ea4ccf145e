package app.recoup.activities.messaging.drafting;

import freemarker.template.utility.StringUtil;
import java.util.regex.Pattern;

/**
 * The HTML version of a plain-text reminder: every paragraph escaped, line breaks kept, and the
 * payment and portal links made clickable.
 */
final class HtmlEmail {

  private HtmlEmail() {}

  static String of(String text, String paymentLink, String portalLink) {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html>\n<html lang=\"en\">\n<body style=\"font-family: -apple-system, 'Segoe UI', "
                + "Helvetica, Arial, sans-serif; color: #1f2933; line-height: 1.5;\">\n");
    Pattern links = links(paymentLink, portalLink);
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      String escaped = StringUtil.XHTMLEnc(paragraph.strip()).replace("\n", "<br>\n");
      html.append("<p>")
          .append(links.matcher(escaped).replaceAll("<a href=\"$0\">$0</a>"))
          .append("</p>\n");
    }
    return html.append("</body>\n</html>").toString();
  }

  /** One pass, payment link first: the portal link is a prefix of the payment link. */
  private static Pattern links(String paymentLink, String portalLink) {
    return Pattern.compile(
        Pattern.quote(StringUtil.XHTMLEnc(paymentLink))
            + "|"
            + Pattern.quote(StringUtil.XHTMLEnc(portalLink)));
  }
}
