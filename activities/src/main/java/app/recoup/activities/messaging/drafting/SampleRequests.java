package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Made-up facts for previewing a reminder: how it reads to a customer, without a real invoice. */
public final class SampleRequests {

  private SampleRequests() {}

  /** How it reads to a customer with {@code locale}'s language and conventions. */
  public static DraftRequest sample(Tone tone, StepKind step, Locale locale, Instant now) {
    return sample(tone, step, locale, now, "PO-77");
  }

  /** The same sample for an invoice without the customer's PO reference. */
  static DraftRequest withoutPo(Tone tone, StepKind step, Locale locale, Instant now) {
    return sample(tone, step, locale, now, null);
  }

  private static DraftRequest sample(
      Tone tone, StepKind step, Locale locale, Instant now, String po) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate due = step == StepKind.PRE_DUE ? today.plusDays(5) : today.minusDays(14);
    return new DraftRequest(
        tone,
        step,
        0,
        "Globex Ltd",
        "Pat",
        ZoneOffset.UTC,
        locale,
        "INV-1042",
        new BigDecimal("1312.50"),
        "USD",
        due,
        po,
        now);
  }
}
