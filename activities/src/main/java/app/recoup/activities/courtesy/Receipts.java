package app.recoup.activities.courtesy;

import app.recoup.activities.messaging.drafting.LocalFormats;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.messaging.MessageKind;
import app.recoup.ledger.payments.AppliedPayment;
import app.recoup.ledger.payments.PaymentReceipt;
import app.recoup.ledger.payments.PaymentReceipts;
import app.recoup.ledger.payments.Payments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The receipt a customer gets by email for a payment made through the portal, in their language:
 * the amount, the day it was paid in the customer's zone, and each invoice it paid with what
 * remains owed on it. Sent once per payment.
 */
@Service
public class Receipts {

  private final PaymentReceipts receipts;
  private final Payments payments;
  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final CourtesyEmails emails;

  Receipts(
      PaymentReceipts receipts,
      Payments payments,
      InvoiceRepository invoices,
      CustomerRepository customers,
      CourtesyEmails emails) {
    this.receipts = receipts;
    this.payments = payments;
    this.invoices = invoices;
    this.customers = customers;
    this.emails = emails;
  }

  /** Nothing when the payment paid no invoice, or the customer takes no such emails. */
  public void sendFor(long receiptId) {
    PaymentReceipt receipt = receipts.find(receiptId).orElseThrow();
    List<AppliedPayment> applied = payments.ofReceipt(receiptId);
    if (applied.isEmpty()) {
      return;
    }
    List<Invoice> paid =
        applied.stream()
            .map(AppliedPayment::invoiceId)
            .distinct()
            .sorted()
            .map(id -> invoices.findById(id).orElseThrow())
            .toList();
    Customer customer = customers.findById(paid.get(0).getCustomerId()).orElseThrow();
    if (!emails.reach(customer)) {
      return;
    }
    LocalFormats formats = emails.formats(customer);
    String currency = receipt.currency();
    List<Map<String, Object>> lines =
        paid.stream()
            .map(
                invoice ->
                    Map.<String, Object>of(
                        "number",
                        invoice.getNumber(),
                        "amount",
                        formats.amount(amountOn(applied, invoice), currency),
                        "balance",
                        formats.amount(invoice.getBalance().max(BigDecimal.ZERO), currency)))
            .toList();
    emails.send(
        MessageKind.RECEIPT,
        "receipt-" + receiptId,
        null,
        customer,
        Map.of(
            "amount",
            formats.amount(receipt.amount(), currency),
            "paidOn",
            formats.date(receipt.receivedAt()),
            "invoices",
            lines));
  }

  private static BigDecimal amountOn(List<AppliedPayment> applied, Invoice invoice) {
    return applied.stream()
        .filter(payment -> payment.invoiceId() == invoice.getId())
        .map(AppliedPayment::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
