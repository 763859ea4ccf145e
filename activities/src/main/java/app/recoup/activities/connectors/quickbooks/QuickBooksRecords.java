package app.recoup.activities.connectors.quickbooks;

import app.recoup.activities.connectors.BooksCreditNote;
import app.recoup.activities.connectors.BooksCustomer;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.activities.connectors.BooksPayment;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * QuickBooks entities (their JSON as the API returns them) in the seam's words; the field mapping
 * is docs/connectors/quickbooks.md.
 */
final class QuickBooksRecords {

  private QuickBooksRecords() {}

  static BooksCustomer customer(JsonNode customer) {
    return new BooksCustomer(
        customer.path("Id").asText(),
        text(customer, "DisplayName"),
        text(customer.path("PrimaryEmailAddr"), "Address"),
        text(customer.path("PrimaryPhone"), "FreeFormNumber"),
        null);
  }

  static BooksInvoice invoice(JsonNode invoice) {
    BigDecimal balance = amount(invoice, "Balance");
    return new BooksInvoice(
        invoice.path("Id").asText(),
        text(invoice, "DocNumber"),
        text(invoice.path("CustomerRef"), "name"),
        text(invoice.path("CurrencyRef"), "value"),
        amount(invoice, "TotalAmt"),
        balance,
        date(invoice, "TxnDate"),
        date(invoice, "DueDate"),
        null,
        balance != null && balance.signum() == 0
            ? BooksDocumentState.PAID
            : BooksDocumentState.OPEN);
  }

  static BooksCreditNote creditNote(JsonNode memo) {
    BigDecimal remaining = amount(memo, "RemainingCredit");
    return new BooksCreditNote(
        memo.path("Id").asText(),
        text(memo, "DocNumber"),
        text(memo.path("CustomerRef"), "name"),
        text(memo.path("CurrencyRef"), "value"),
        amount(memo, "TotalAmt"),
        remaining,
        date(memo, "TxnDate"),
        remaining != null && remaining.signum() == 0
            ? BooksDocumentState.PAID
            : BooksDocumentState.OPEN);
  }

  static BooksPayment payment(JsonNode payment) {
    List<String> invoices = new ArrayList<>();
    for (JsonNode line : payment.path("Line")) {
      for (JsonNode linked : line.path("LinkedTxn")) {
        if ("Invoice".equals(linked.path("TxnType").asText())) {
          invoices.add(linked.path("TxnId").asText());
        }
      }
    }
    return new BooksPayment(
        payment.path("Id").asText(),
        text(payment.path("CustomerRef"), "name"),
        text(payment.path("CurrencyRef"), "value"),
        amount(payment, "TotalAmt"),
        date(payment, "TxnDate"),
        invoices);
  }

  /** CDC lists deleted entities with their id and {@code "status": "Deleted"} only. */
  static boolean deleted(JsonNode entity) {
    return "Deleted".equalsIgnoreCase(entity.path("status").asText());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() || value.asText().isBlank()
        ? null
        : value.asText().strip();
  }

  private static BigDecimal amount(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isNumber()) {
      return value.decimalValue();
    }
    return value.isTextual() ? new BigDecimal(value.asText()) : null;
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
