package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;

/** The wording shipped with the application, without admins' edits or a fallback language. */
final class ShippedWordings implements WordingSource {

  private final DefaultWordings defaults = new DefaultWordings();

  @Override
  public ChosenWording current(Tone tone, StepKind step, String language) {
    return new ChosenWording(defaults.of(tone, step, language).orElseThrow(), language, language);
  }
}
