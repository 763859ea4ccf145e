package app.recoup.web.portal;

import app.recoup.ledger.payments.portal.StatementLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An open invoice ready to show: amounts in the currency's own decimals. A class with getters, not
 * a record: FreeMarker would show a record's accessor methods instead of their values.
 */
public final class PortalInvoice {

  private final String number;
  private final String dueDate;
  private final boolean overdue;
  private final String currency;
  private final String total;
  private final String fees;
  private final String paid;
  private final String credited;
  private final String balance;

  private PortalInvoice(
      String number,
      String dueDate,
      boolean overdue,
      String currency,
      String total,
      String fees,
      String paid,
      String credited,
      String balance) {
    this.number = number;
    this.dueDate = dueDate;
    this.overdue = overdue;
    this.currency = currency;
    this.total = total;
    this.fees = fees;
    this.paid = paid;
    this.credited = credited;
    this.balance = balance;
  }

  static PortalInvoice of(StatementLine line, LocalDate today) {
    return new PortalInvoice(
        line.number(),
        line.dueDate().toString(),
        line.dueDate().isBefore(today),
        line.currency(),
        money(line.total(), line.currency()),
        money(line.fees(), line.currency()),
        money(line.amountPaid(), line.currency()),
        credited(line),
        money(line.balance(), line.currency()));
  }

  /**
   * Credit notes and credit applied: what the balance is below total, fees and payments; null for
   * none.
   */
  private static String credited(StatementLine line) {
    BigDecimal credited =
        line.total().add(line.fees()).subtract(line.amountPaid()).subtract(line.balance());
    return credited.signum() > 0 ? money(credited, line.currency()) : null;
  }

  static String money(BigDecimal amount, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  public String getNumber() {
    return number;
  }

  public String getDueDate() {
    return dueDate;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public String getCurrency() {
    return currency;
  }

  public String getTotal() {
    return total;
  }

  public String getFees() {
    return fees;
  }

  public String getPaid() {
    return paid;
  }

  /** Null when nothing was credited. */
  public String getCredited() {
    return credited;
  }

  public String getBalance() {
    return balance;
  }
}
