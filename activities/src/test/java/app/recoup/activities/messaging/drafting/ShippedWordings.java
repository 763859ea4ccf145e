package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;

/**
 * The wording shipped with the application, without admins' edits; English stands in for a language
 * without wording, as it does for a business whose default language is English.
 */
final class ShippedWordings implements WordingSource {

  private final DefaultWordings defaults = new DefaultWordings();

  @Override
  public ChosenWording current(Tone tone, StepKind step, String language) {
    return defaults
        .of(tone, step, language)
        .map(wording -> new ChosenWording(wording, language, language, false))
        .orElseGet(
            () ->
                new ChosenWording(
                    defaults.of(tone, step, "en").orElseThrow(), "en", language, true));
  }
}
