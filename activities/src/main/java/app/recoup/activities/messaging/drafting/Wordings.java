package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.templates.MessageTemplateVersions;
import app.recoup.ledger.templates.SavedWording;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The wording in force: in the language asked for, the newest admin edit or else the wording
 * shipped; without either, the same in the business's default language.
 */
@Component
class Wordings implements WordingSource {

  private final MessageTemplateVersions versions;
  private final DefaultWordings defaults;
  private final MessageLanguages languages;

  Wordings(MessageTemplateVersions versions, DefaultWordings defaults, MessageLanguages languages) {
    this.versions = versions;
    this.defaults = defaults;
    this.languages = languages;
  }

  @Override
  public ChosenWording current(Tone tone, StepKind step, String language) {
    String fallback = languages.defaultLanguage();
    return in(tone, step, language)
        .map(wording -> new ChosenWording(wording, language, language, false))
        .or(
            () ->
                in(tone, step, fallback)
                    .map(wording -> new ChosenWording(wording, fallback, language, true)))
        .orElseGet(
            () ->
                new ChosenWording(
                    defaults.of(tone, step, "en").orElseThrow(), "en", language, false));
  }

  private Optional<Wording> in(Tone tone, StepKind step, String language) {
    return edited(tone, step, language).or(() -> defaults.of(tone, step, language));
  }

  Optional<Wording> edited(Tone tone, StepKind step, String language) {
    return versions
        .latest(tone, step.name(), language)
        .filter(saved -> !saved.isReset())
        .map(Wordings::wording);
  }

  static Wording wording(SavedWording saved) {
    return new Wording(saved.subject(), saved.body(), saved.sms());
  }
}
