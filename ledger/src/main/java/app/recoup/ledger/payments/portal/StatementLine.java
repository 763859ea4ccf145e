package app.recoup.ledger.payments.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice as the customer sees it on the portal and in the statement. */
public record StatementLine(
    long id,
    String number,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    BigDecimal total,
    BigDecimal fees,
    BigDecimal amountPaid,
    BigDecimal balance,
    String status) {

  public boolean isOpen() {
    return "OPEN".equals(status) && balance.signum() > 0;
  }
}
