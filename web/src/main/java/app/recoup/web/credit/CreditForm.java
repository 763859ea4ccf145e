package app.recoup.web.credit;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Credit to apply: to the case's invoice (no {@code invoice}), or to the invoice the customer page
 * chose; {@code entry} is the form's own id, so a resubmission applies it once.
 */
class CreditForm {

  String invoice;

  @NotNull(message = "Enter an amount, such as 150.00.")
  BigDecimal amount;

  String entry;

  public void setInvoice(String invoice) {
    this.invoice = invoice;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public void setEntry(String entry) {
    this.entry = entry;
  }
}
