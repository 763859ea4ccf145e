package app.recoup.ledger.queue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One line of the case queue. {@code replied}: the customer wrote after our last message; {@code
 * promiseBroken}: the latest promised date has passed and the case is still open.
 */
public record QueueRow(
    long caseId,
    String invoiceNumber,
    String customer,
    String segment,
    String currency,
    BigDecimal balance,
    LocalDate dueDate,
    String timeZone,
    String status,
    int currentStep,
    Instant nextTouchAt,
    String pauseReason,
    String assignee,
    boolean replied,
    boolean promiseBroken,
    BigDecimal urgency) {

  /** Days past due as the customer counts them, in their own time zone. */
  public long daysOverdue(Instant now) {
    LocalDate today = now.atZone(ZoneId.of(timeZone)).toLocalDate();
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
  }

  public boolean needsAttention() {
    return replied || promiseBroken;
  }

  QueueCursor cursor() {
    return new QueueCursor(needsAttention(), urgency, caseId);
  }
}
