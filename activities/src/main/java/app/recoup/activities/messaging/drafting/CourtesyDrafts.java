package app.recoup.activities.messaging.drafting;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.ledger.messaging.MessageKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Drafts a thank-you or a receipt from the wording shipped in the customer's language (else the
 * business's default language, else English). The facts are the caller's plus {@code business} and
 * {@code signOff}.
 */
@Component
public class CourtesyDrafts {

  private final DefaultWordings wordings;
  private final TemplateDrafts templates;
  private final MessageLanguages languages;
  private final BusinessProperties business;

  CourtesyDrafts(
      DefaultWordings wordings,
      TemplateDrafts templates,
      MessageLanguages languages,
      BusinessProperties business) {
    this.wordings = wordings;
    this.templates = templates;
    this.languages = languages;
    this.business = business;
  }

  /** A draft with a subject and a plain-text body; the email's HTML is laid out from the text. */
  public Draft draft(MessageKind kind, String language, Map<String, Object> facts) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    Wording wording =
        wordings
            .courtesy(name, language)
            .or(() -> wordings.courtesy(name, languages.defaultLanguage()))
            .or(() -> wordings.courtesy(name, "en"))
            .orElseThrow(() -> new IllegalStateException("no wording shipped for " + name));
    Map<String, Object> model = new HashMap<>(facts);
    model.put("business", business.name());
    model.put("signOff", business.signOff());
    return templates.render(wording, model, null, null);
  }
}
