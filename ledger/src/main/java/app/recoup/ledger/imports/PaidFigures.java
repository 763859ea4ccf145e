package app.recoup.ledger.imports;

import java.math.BigDecimal;

/**
 * What the books and Recoup say an invoice has paid. When they disagree (Recoup knows of payments
 * or refunds from webhooks, the portal or a person that the books do not show), the import kept
 * Recoup's figure, and a person should bring the two together.
 *
 * @param booksPaid what the imported file says is paid
 * @param recordedPaid what the invoice shows paid, with the money Recoup recorded
 */
public record PaidFigures(
    long invoiceId, String number, String currency, BigDecimal booksPaid, BigDecimal recordedPaid) {

  public boolean disagree() {
    return booksPaid.compareTo(recordedPaid) != 0;
  }

  /** The task's title: both figures, and what a person does about them. */
  public String title() {
    return "Invoice %s: the books say %s %s paid, Recoup recorded %s %s; the import kept %s. Bring the books and Recoup together"
        .formatted(
            number, plain(booksPaid), currency, plain(recordedPaid), currency, plain(recordedPaid));
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
