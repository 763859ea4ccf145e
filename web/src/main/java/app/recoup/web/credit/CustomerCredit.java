package app.recoup.web.credit;

import app.recoup.ledger.credits.CreditLedger;
import app.recoup.ledger.payments.CustomerCredits;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the pages show of credit: a customer's by currency, and what an invoice was credited. */
@Component
public class CustomerCredit {

  private final CustomerCredits credits;
  private final CreditLedger ledger;

  CustomerCredit(CustomerCredits credits, CreditLedger ledger) {
    this.credits = credits;
    this.ledger = ledger;
  }

  /**
   * The case page's credit section.
   *
   * @param available the customer's credit in the invoice's currency (never below zero)
   * @param applied the credits applied to the invoice, oldest first
   * @param entry a new id for the page's form, so a resubmission applies the credit once
   */
  public record OnInvoice(BigDecimal available, List<CreditLedger.Applied> applied, String entry) {

    /** All the credit applied to the invoice. */
    public BigDecimal credited() {
      return applied.stream()
          .map(CreditLedger.Applied::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public OnInvoice onInvoice(long customerId, String currency, long invoiceId) {
    return new OnInvoice(
        available(customerId, currency), ledger.appliedTo(invoiceId), UUID.randomUUID().toString());
  }

  /** The customer's credit per currency, only where there is some. */
  public List<CustomerCredits.Balance> balances(long customerId) {
    return credits.balances(customerId).stream()
        .filter(balance -> balance.credit().signum() > 0)
        .toList();
  }

  public BigDecimal available(long customerId, String currency) {
    return balances(customerId).stream()
        .filter(balance -> balance.currency().equals(currency))
        .map(CustomerCredits.Balance::credit)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }
}
