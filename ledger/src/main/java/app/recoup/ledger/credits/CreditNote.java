package app.recoup.ledger.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note as the books hold it.
 *
 * @param appliesTo the invoice it credits, or null for the customer's credit
 */
public record CreditNote(
    long id,
    String number,
    long customerId,
    String currency,
    BigDecimal amount,
    LocalDate issueDate,
    Long appliesTo,
    CreditOrigin origin) {

  /** Whether a note given again (a re-import) says the same as this one. */
  public boolean sameAs(
      long customer, String otherCurrency, BigDecimal otherAmount, Long otherAppliesTo) {
    return customerId == customer
        && currency.equals(otherCurrency)
        && amount.compareTo(otherAmount) == 0
        && java.util.Objects.equals(appliesTo, otherAppliesTo);
  }
}
