package app.recoup.ledger.templates;

import app.recoup.ledger.customers.Tone;
import java.time.Instant;

/**
 * One save of a reminder's wording. {@code subject}, {@code body} and {@code sms} are all null when
 * the save was a reset to the default templates.
 */
public record SavedWording(
    long id,
    Tone tone,
    String step,
    String subject,
    String body,
    String sms,
    String savedBy,
    Instant savedAt) {

  public boolean isReset() {
    return body == null;
  }
}
