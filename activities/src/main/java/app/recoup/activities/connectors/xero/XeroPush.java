package app.recoup.activities.connectors.xero;

import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.LateFeePush;
import app.recoup.activities.connectors.PaymentPush;
import app.recoup.activities.connectors.PushedPayment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * What Recoup writes to Xero, each write carrying the push's idempotency key as {@code
 * Idempotency-Key}: a payment against the invoice (by its number, which Xero takes in place of the
 * InvoiceID), and a late fee as a line on the invoice or as an invoice of its own.
 */
final class XeroPush {

  private final XeroApi api;
  private final XeroProperties properties;

  XeroPush(XeroApi api, XeroProperties properties) {
    this.api = api;
    this.properties = properties;
  }

  PushedPayment payment(XeroAccess access, PaymentPush push) {
    if (properties.paymentAccountCode() == null || properties.paymentAccountCode().isBlank()) {
      throw new BooksRequestRefused(
          "no Xero bank account to record payments against: set"
              + " recoup.connectors.xero.payment-account-code");
    }
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("Invoice", Map.of("InvoiceNumber", push.invoiceNumber()));
    payment.put("Account", Map.of("Code", properties.paymentAccountCode()));
    payment.put("Date", push.receivedOn().toString());
    payment.put("Amount", push.amount());
    payment.put("Reference", reference(push));
    JsonNode made =
        api.write(access, HttpMethod.PUT, "Payments", "Payments", payment, push.idempotencyKey());
    return new PushedPayment(made.path("PaymentID").asString());
  }

  /**
   * As a line: the invoice is updated with its lines as they are plus the fee (Xero deletes the
   * lines an update leaves out, and refuses to change an invoice with payments applied: that
   * refusal becomes a task). As an invoice: a new authorised sales invoice to the same contact, due
   * at once.
   */
  PushedPayment lateFee(XeroAccess access, LateFeePush fee) {
    if (properties.lateFeeAccountCode() == null || properties.lateFeeAccountCode().isBlank()) {
      throw new BooksRequestRefused(
          "no Xero revenue account for late fees: set recoup.connectors.xero.late-fee-account-code");
    }
    JsonNode invoice = api.invoice(access, fee.invoiceNumber());
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("Description", "Late fee on invoice " + fee.invoiceNumber());
    line.put("Quantity", 1);
    line.put("UnitAmount", fee.amount());
    line.put("AccountCode", properties.lateFeeAccountCode());
    return switch (fee.as()) {
      case INVOICE_LINE -> {
        List<Object> lines = new ArrayList<>();
        invoice.path("LineItems").forEach(lines::add);
        lines.add(line);
        String invoiceId = invoice.path("InvoiceID").asString();
        api.write(
            access,
            HttpMethod.POST,
            "Invoices/" + invoiceId,
            "Invoices",
            Map.of("InvoiceID", invoiceId, "LineItems", lines),
            fee.idempotencyKey());
        yield new PushedPayment(invoiceId);
      }
      case SEPARATE_INVOICE -> {
        Map<String, Object> separate = new LinkedHashMap<>();
        separate.put("Type", "ACCREC");
        separate.put(
            "Contact", Map.of("ContactID", invoice.path("Contact").path("ContactID").asString()));
        separate.put("Date", fee.postedOn().toString());
        separate.put("DueDate", fee.postedOn().toString());
        separate.put("Reference", "Late fee " + fee.invoiceNumber());
        separate.put("CurrencyCode", fee.currency());
        separate.put("Status", "AUTHORISED");
        separate.put("LineItems", List.of(line));
        JsonNode made =
            api.write(
                access, HttpMethod.PUT, "Invoices", "Invoices", separate, fee.idempotencyKey());
        yield new PushedPayment(made.path("InvoiceID").asString());
      }
      case OFF ->
          throw new BooksRequestRefused("late fees are not written back to Xero (setting off)");
    };
  }

  /** Shown in Xero beside the payment: how it came to Recoup, and the processor's reference. */
  private static String reference(PaymentPush push) {
    return "Recoup " + push.method() + (push.reference() == null ? "" : " " + push.reference());
  }
}
