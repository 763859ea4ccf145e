package app.recoup.ledger.payments;

import java.math.BigDecimal;

/** Money applied to one invoice, and how much of it was given back since. */
public record AppliedPayment(long id, long invoiceId, BigDecimal amount, BigDecimal refunded) {

  public BigDecimal reversible() {
    return amount.subtract(refunded);
  }
}
