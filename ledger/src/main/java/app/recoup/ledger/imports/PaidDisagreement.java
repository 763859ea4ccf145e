package app.recoup.ledger.imports;

import java.math.BigDecimal;

/**
 * An invoice whose books show another amount paid than Recoup knows (from webhooks, the portal or
 * a person): the import kept Recoup's figure, and a person should bring the two together.
 *
 * @param booksPaid what the imported file says is paid
 * @param recordedPaid what the invoice shows paid, with the money Recoup recorded
 */
public record PaidDisagreement(
    long invoiceId, String number, String currency, BigDecimal booksPaid, BigDecimal recordedPaid) {

  /** The task's title: both figures, and what a person does about them. */
  public String title() {
    return "Invoice %s: the books say %s %s paid, Recoup recorded %s %s; the import kept %s. Bring the books and Recoup together"
        .formatted(number, plain(booksPaid), currency, plain(recordedPaid), currency, plain(recordedPaid));
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
