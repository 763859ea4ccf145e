package app.recoup.activities.connectors.quickbooks;

import app.recoup.activities.connectors.BooksRequestRefused;
import app.recoup.activities.connectors.BooksTokens;
import app.recoup.activities.connectors.LateFeePush;
import app.recoup.activities.connectors.PaymentPush;
import app.recoup.activities.connectors.PushedPayment;
import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes to a QuickBooks company, every write under {@code requestid} = the push's idempotency key,
 * so QuickBooks answers a repeated attempt with what the first one created.
 */
final class QuickBooksPush {

  private final QuickBooksHttp http;
  private final QuickBooksProperties properties;

  QuickBooksPush(QuickBooksHttp http, QuickBooksProperties properties) {
    this.http = http;
    this.properties = properties;
  }

  /** A Payment of the invoice's customer, linked to the invoice (found by its DocNumber). */
  PushedPayment payment(BooksTokens tokens, PaymentPush payment) {
    JsonNode invoice = invoice(tokens, payment.invoiceNumber());
    ObjectNode body = http.json().createObjectNode();
    body.put("TotalAmt", payment.amount());
    body.put("TxnDate", payment.receivedOn().toString());
    body.set("CustomerRef", reference(invoice.path("CustomerRef").path("value").asText()));
    if (invoice.has("CurrencyRef")) {
      body.set("CurrencyRef", reference(payment.currency()));
    }
    if (payment.reference() != null) {
      // QuickBooks keeps at most 21 characters of a reference number
      String reference = payment.reference();
      body.put("PaymentRefNum", reference.length() > 21 ? reference.substring(0, 21) : reference);
    }
    body.put("PrivateNote", "Recorded by Recoup (" + payment.method() + ")");
    ObjectNode line = body.putArray("Line").addObject();
    line.put("Amount", payment.amount());
    linkTo(line.putArray("LinkedTxn"), invoice);
    JsonNode created = http.post(tokens, "payment", payment.idempotencyKey(), body);
    return new PushedPayment(created.path("Payment").path("Id").asText());
  }

  /**
   * A fee line on the invoice (a sparse update) or an invoice of its own, booked to the fee item.
   */
  PushedPayment lateFee(BooksTokens tokens, LateFeePush fee) {
    if (properties.lateFeeItemId() == null || properties.lateFeeItemId().isBlank()) {
      throw new BooksRequestRefused(
          "no QuickBooks item to book late fees to: set RECOUP_CONNECTORS_QUICKBOOKS_LATE_FEE_ITEM_ID");
    }
    JsonNode invoice = invoice(tokens, fee.invoiceNumber());
    ObjectNode body = http.json().createObjectNode();
    ArrayNode lines = body.putArray("Line");
    if (fee.as() == LateFeeWriteBack.INVOICE_LINE) {
      body.put("Id", invoice.path("Id").asText());
      body.put("SyncToken", invoice.path("SyncToken").asText());
      body.put("sparse", true);
      // a sparse update replaces the lines: the invoice's own go back with the fee after them
      invoice
          .path("Line")
          .forEach(
              existing -> {
                if (!"SubTotalLineDetail".equals(existing.path("DetailType").asText())) {
                  lines.add(existing);
                }
              });
    } else {
      body.set("CustomerRef", reference(invoice.path("CustomerRef").path("value").asText()));
      body.put("TxnDate", fee.postedOn().toString());
      body.put("PrivateNote", "Late fee on invoice " + fee.invoiceNumber() + " (Recoup)");
    }
    ObjectNode line = lines.addObject();
    line.put("Amount", fee.amount());
    line.put("Description", "Late fee on invoice " + fee.invoiceNumber());
    line.put("DetailType", "SalesItemLineDetail");
    line.putObject("SalesItemLineDetail").set("ItemRef", reference(properties.lateFeeItemId()));
    JsonNode written = http.post(tokens, "invoice", fee.idempotencyKey(), body);
    return new PushedPayment(written.path("Invoice").path("Id").asText());
  }

  private JsonNode invoice(BooksTokens tokens, String number) {
    JsonNode found =
        http.query(
                tokens,
                "select * from Invoice where DocNumber = '" + number.replace("'", "\\'") + "'")
            .path("QueryResponse")
            .path("Invoice");
    if (found.isEmpty()) {
      throw new BooksRequestRefused("QuickBooks has no invoice numbered " + number);
    }
    return found.get(0);
  }

  private void linkTo(ArrayNode links, JsonNode invoice) {
    ObjectNode link = links.addObject();
    link.put("TxnId", invoice.path("Id").asText());
    link.put("TxnType", "Invoice");
  }

  private ObjectNode reference(String value) {
    return http.json().createObjectNode().put("value", value);
  }
}
