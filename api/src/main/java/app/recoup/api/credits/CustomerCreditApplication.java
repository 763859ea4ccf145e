package app.recoup.api.credits;

import static app.recoup.api.credits.Credits.money;

import app.recoup.ledger.credits.CreditLedger;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.payments.CustomerCredits;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spends a customer's credit (overpayments a person kept, credit notes no invoice took) on one of
 * its open invoices, in the invoice's currency. The invoice is locked before the customer's credit,
 * as payments lock invoices first, so two applications at once take turns.
 */
@Service
public class CustomerCreditApplication {

  private final InvoiceRepository invoices;
  private final CustomerCredits credits;
  private final Credits applying;
  private final CreditLedger ledger;

  CustomerCreditApplication(
      InvoiceRepository invoices, CustomerCredits credits, Credits applying, CreditLedger ledger) {
    this.invoices = invoices;
    this.credits = credits;
    this.applying = applying;
    this.ledger = ledger;
  }

  /**
   * What was applied, and what the invoice and the customer's credit stand at now.
   *
   * @param appliedNow false when the same request ({@code key}) was applied before
   */
  public record Applied(
      String invoice,
      BigDecimal amount,
      String currency,
      BigDecimal invoiceBalance,
      BigDecimal creditLeft,
      boolean appliedNow) {}

  /**
   * @param currency the currency the caller means, or null for the invoice's
   * @param key the request's idempotency key: a repeat applies nothing
   * @throws CreditRefused naming {@code invoice}, {@code amount} or {@code currency}
   */
  @Transactional
  public Applied apply(
      long customerId,
      String invoiceNumber,
      BigDecimal amount,
      String currency,
      String by,
      String key) {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new CreditRefused("invoice", "name the invoice to apply the credit to");
    }
    if (amount == null || amount.signum() <= 0) {
      throw new CreditRefused("amount", "the amount must be above zero");
    }
    Invoice invoice =
        invoices
            .lockByNumber(invoiceNumber.strip())
            .orElseThrow(() -> new CreditRefused("invoice", "no invoice " + invoiceNumber));
    if (invoice.getCustomerId() != customerId) {
      throw new CreditRefused(
          "invoice",
          "invoice " + invoice.getNumber() + " is another customer's, not customer " + customerId);
    }
    if (currency != null
        && !currency.isBlank()
        && !currency.equalsIgnoreCase(invoice.getCurrency())) {
      throw new CreditRefused(
          "currency",
          "invoice "
              + invoice.getNumber()
              + " is in "
              + invoice.getCurrency()
              + ", not "
              + currency
              + "; credit is applied only in its own currency");
    }
    String ledgerKey = "customer-credit:" + customerId + ":" + key;
    BigDecimal available = credits.lockAvailable(customerId, invoice.getCurrency());
    if (ledger.applied(ledgerKey)) {
      return new Applied(
          invoice.getNumber(),
          amount,
          invoice.getCurrency(),
          invoice.getBalance(),
          available,
          false);
    }
    if (!invoice.isOpen()) {
      throw new CreditRefused(
          "invoice",
          "invoice "
              + invoice.getNumber()
              + " is not open ("
              + invoice.getStatus().name().toLowerCase()
              + ")");
    }
    if (amount.compareTo(invoice.getBalance()) > 0) {
      throw new CreditRefused(
          "amount",
          money(amount, invoice.getCurrency())
              + " is more than the balance of invoice "
              + invoice.getNumber()
              + " ("
              + money(invoice.getBalance(), invoice.getCurrency())
              + ")");
    }
    if (amount.compareTo(available) > 0) {
      throw new CreditRefused(
          "amount",
          money(amount, invoice.getCurrency())
              + " is more than the customer's "
              + invoice.getCurrency()
              + " credit ("
              + money(available.max(BigDecimal.ZERO), invoice.getCurrency())
              + ")");
    }
    applying.apply(invoice, amount, null, by, ledgerKey, "customer credit applied by " + by);
    credits.draw(
        customerId,
        amount,
        invoice.getCurrency(),
        invoice.getId(),
        "applied to invoice " + invoice.getNumber() + " by " + by);
    return new Applied(
        invoice.getNumber(),
        amount,
        invoice.getCurrency(),
        invoice.getBalance(),
        available.subtract(amount),
        true);
  }
}
