package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.templates.MessageTemplateVersions;
import app.recoup.ledger.templates.SavedWording;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The wording in force: the newest admin edit, or the default when there is none (or it was reset).
 */
@Component
class Wordings implements WordingSource {

  private final MessageTemplateVersions versions;
  private final DefaultWordings defaults;

  Wordings(MessageTemplateVersions versions, DefaultWordings defaults) {
    this.versions = versions;
    this.defaults = defaults;
  }

  @Override
  public Wording current(Tone tone, StepKind step) {
    return edited(tone, step).orElseGet(() -> defaults.of(tone, step));
  }

  Optional<Wording> edited(Tone tone, StepKind step) {
    return versions
        .latest(tone, step.name())
        .filter(saved -> !saved.isReset())
        .map(Wordings::wording);
  }

  static Wording wording(SavedWording saved) {
    return new Wording(saved.subject(), saved.body(), saved.sms());
  }
}
