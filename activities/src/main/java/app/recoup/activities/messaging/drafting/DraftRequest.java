package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The facts a reminder carries. {@code amountDue} includes fees; {@code zone} and {@code locale}
 * are the customer's, so dates and money read as the customer expects; {@code now} is when the
 * draft is made (days overdue are counted in the customer's zone).
 */
public record DraftRequest(
    Tone tone,
    StepKind step,
    long customerId,
    String customerName,
    String contactName,
    ZoneId zone,
    Locale locale,
    String invoiceNumber,
    BigDecimal amountDue,
    String currency,
    LocalDate dueDate,
    String poReference,
    Instant now) {

  public LocalFormats formats() {
    return new LocalFormats(locale, zone);
  }
}
