package app.recoup.workflows.collection;

import app.recoup.workflows.vocabulary.CloseReason;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the books now say about the invoice; a balance of zero or less means nothing is owed.
 *
 * @param settledAs why nothing is owed when a credit settled it ({@link CloseReason#CREDITED});
 *     null otherwise (and in changes sent before credits existed)
 */
public record InvoiceChange(BigDecimal balance, LocalDate dueDate, CloseReason settledAs) {

  public InvoiceChange(BigDecimal balance, LocalDate dueDate) {
    this(balance, dueDate, null);
  }
}
