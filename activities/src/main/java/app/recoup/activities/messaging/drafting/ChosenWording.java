package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Languages;

/**
 * The wording a message is written with and its language, which is another one than the customer's
 * ({@code wanted}) when that has no wording for the message.
 *
 * @param businessDefault whether {@code language} is the business's default language (English, as
 *     the last resort, may not be)
 */
public record ChosenWording(
    Wording wording, String language, String wanted, boolean businessDefault) {

  public boolean fellBack() {
    return !language.equals(wanted);
  }

  /** For the person approving the draft; never part of the customer's message. */
  public String fallbackNote() {
    return "No %s wording for this message: drafted in %s%s."
        .formatted(
            Languages.name(wanted),
            Languages.name(language),
            businessDefault ? ", the business's default language" : "");
  }
}
