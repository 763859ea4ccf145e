package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Languages;

/**
 * The wording a message is written with and its language, which is the business's default language
 * when the customer's own has no translation.
 */
public record ChosenWording(Wording wording, String language, String wanted) {

  public boolean fellBack() {
    return !language.equals(wanted);
  }

  /** For the person approving the draft; never part of the customer's message. */
  public String fallbackNote() {
    return "No %s wording for this message: drafted in %s, the business's default language."
        .formatted(Languages.name(wanted), Languages.name(language));
  }
}
