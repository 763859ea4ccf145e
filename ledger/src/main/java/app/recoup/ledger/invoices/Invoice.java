package app.recoup.ledger.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invoice as the books know it. The balance is computed by PostgreSQL (total + fees - paid -
 * credited) so no code path can let it drift; read it back after saving.
 */
@Table("invoice")
public class Invoice {

  @Id private Long id;
  private String number;
  private Long customerId;
  private String currency;
  private BigDecimal total;
  private BigDecimal amountPaid = BigDecimal.ZERO;
  private BigDecimal fees = BigDecimal.ZERO;
  private BigDecimal amountCredited = BigDecimal.ZERO;
  private boolean settledByCredit;
  @ReadOnlyProperty private BigDecimal balance;
  private LocalDate issueDate;
  private LocalDate dueDate;
  private String poReference;
  private InvoiceStatus status = InvoiceStatus.OPEN;
  private Instant createdAt = Instant.now();
  private Instant updatedAt = Instant.now();
  @Version private Long version;

  protected Invoice() {}

  public Invoice(String number, Long customerId, InvoiceTerms terms) {
    this.number = number;
    this.customerId = customerId;
    apply(terms);
  }

  /**
   * Takes the terms the invoicing tool now reports. Returns whether anything changed. A balance of
   * zero marks the invoice paid; a paid invoice that shows a balance again is reopened.
   */
  public boolean apply(InvoiceTerms terms) {
    boolean changed =
        !terms.currency().equals(currency)
            || !sameAmount(terms.total(), total)
            || !sameAmount(terms.amountPaid(), amountPaid)
            || !terms.issueDate().equals(issueDate)
            || !terms.dueDate().equals(dueDate)
            || !java.util.Objects.equals(terms.poReference(), poReference);
    if (!changed) {
      return false;
    }
    currency = terms.currency();
    total = terms.total();
    amountPaid = terms.amountPaid();
    issueDate = terms.issueDate();
    dueDate = terms.dueDate();
    poReference = terms.poReference();
    settle();
    return true;
  }

  /** Money received against this invoice; a balance of zero marks it paid. */
  public void applyPayment(BigDecimal amount) {
    amountPaid = amountPaid.add(amount);
    settledByCredit = false;
    settle();
  }

  /**
   * Credit given against this invoice (a credit note, the customer's credit): it lowers the balance
   * as a payment does, and a credit that settles it makes it {@link #isSettledByCredit}.
   */
  public void applyCredit(BigDecimal amount) {
    amountCredited = amountCredited.add(amount);
    settle();
    settledByCredit = balance.signum() <= 0;
  }

  /** Money given back (refund, lost chargeback): a paid invoice with a balance again reopens. */
  public void reversePayment(BigDecimal amount) {
    amountPaid = amountPaid.subtract(amount).max(BigDecimal.ZERO);
    settle();
  }

  private void settle() {
    balance = total.add(fees).subtract(amountPaid).subtract(amountCredited);
    if (status == InvoiceStatus.OPEN || status == InvoiceStatus.PAID) {
      status = balance.signum() <= 0 ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
    }
    updatedAt = Instant.now();
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return b != null && a.compareTo(b) == 0;
  }

  public boolean isOpen() {
    return status == InvoiceStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public BigDecimal getFees() {
    return fees;
  }

  public BigDecimal getAmountCredited() {
    return amountCredited;
  }

  /** Whether the movement that settled it was a credit, not a payment. */
  public boolean isSettledByCredit() {
    return settledByCredit;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getPoReference() {
    return poReference;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
