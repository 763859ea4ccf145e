package app.recoup.ledger.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A case with its invoice and customer: the top of the case page. */
public record CaseHeader(
    long caseId,
    String workflowId,
    String caseStatus,
    int currentStep,
    Instant nextTouchAt,
    String pauseReason,
    String closeReason,
    String assignee,
    Instant openedAt,
    Instant closedAt,
    long invoiceId,
    String invoiceNumber,
    String invoiceStatus,
    String currency,
    BigDecimal total,
    BigDecimal fees,
    BigDecimal amountPaid,
    BigDecimal balance,
    LocalDate issueDate,
    LocalDate dueDate,
    String poReference,
    long customerId,
    String customerName,
    String timeZone,
    String segment,
    String preferredChannel,
    String tone) {

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isActive() {
    return "OPEN".equals(caseStatus);
  }
}
