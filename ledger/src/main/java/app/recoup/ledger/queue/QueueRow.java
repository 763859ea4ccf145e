package app.recoup.ledger.queue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** One line of the case queue. */
public record QueueRow(
    String invoiceNumber,
    String customer,
    String currency,
    BigDecimal balance,
    LocalDate dueDate,
    String timeZone,
    String status,
    int currentStep,
    Instant nextTouchAt,
    String pauseReason) {

  /** Days past due as the customer counts them, in their own time zone. */
  public long daysOverdue(Instant now) {
    LocalDate today = now.atZone(ZoneId.of(timeZone)).toLocalDate();
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
  }
}
