package app.recoup.web.payments;

import static app.recoup.web.payments.PaymentWebhookTest.newId;
import static app.recoup.web.payments.PaymentWebhookTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceStatus;
import org.junit.jupiter.api.Test;

@PaymentsApplicationTest
class PaymentExceptionQueueTest extends PaymentsFixture {

  @Test
  void anOverpayIsListedAsUnappliedCashAndCanBeKeptAsCredit() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "80.00");
    receive(single(invoice.getNumber(), "100.00", "EUR", newId()));
    long id = exceptionId(invoice);

    var listing = http.asAdmin("GET", "/api/payment-exceptions", null);
    assertThat(listing.statusCode()).isEqualTo(200);
    assertThat(listing.body()).contains("\"id\":" + id, "\"reason\":\"OVERPAY\"", "\"amount\":20");
    assertThat(credit()).contains("\"unapplied\":20", "\"credit\":0");

    var resolved = resolve(id, "{\"action\":\"CREDIT\",\"note\":\"keep for next invoice\"}");

    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(resolved.body())
        .contains("\"status\":\"RESOLVED\"", "\"resolvedBy\":\"owner@example.com\"");
    assertThat(credit()).contains("\"credit\":20", "\"unapplied\":0");
    assertThat(http.asAdmin("GET", "/api/payment-exceptions", null).body())
        .doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void unappliedCashCanBeAppliedToTheInvoiceAPersonNames() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "50.00");
    String wrongReference = "TYPO-" + invoice.getNumber();
    receive(single(wrongReference, "50.00", "EUR", newId()));
    long id = books.exceptionId(wrongReference);

    var tooMuch =
        resolve(
            id,
            "{\"action\":\"APPLY\",\"invoiceNumber\":\""
                + books.invoice(customer, "EUR", "10.00").getNumber()
                + "\"}");
    var nowhere = resolve(id, "{\"action\":\"APPLY\"}");
    var wrongKind = resolve(id, "{\"action\":\"REVERSE\"}");
    var nonsense = resolve(id, "{\"action\":\"BURN\"}");
    var applied =
        resolve(id, "{\"action\":\"APPLY\",\"invoiceNumber\":\"" + invoice.getNumber() + "\"}");
    var twice = resolve(id, "{\"action\":\"REFUND\"}");

    assertThat(tooMuch.statusCode()).isEqualTo(409);
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(wrongKind.statusCode()).isEqualTo(400);
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(applied.statusCode()).isEqualTo(200);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aRefundedExceptionIsClosedWithoutTouchingTheBooks() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "50.00");
    receive(single(invoice.getNumber(), "60.00", "EUR", newId()));
    long id = exceptionId(invoice);

    assertThat(resolve(id, "{\"action\":\"REFUND\",\"note\":\"sent back\"}").statusCode())
        .isEqualTo(200);

    assertThat(credit()).doesNotContain("EUR");
    assertThat(resolve(999_999, "{\"action\":\"REFUND\"}").statusCode()).isEqualTo(404);
    assertThat(http.asAdmin("GET", "/api/payment-exceptions?status=bogus", null).statusCode())
        .isEqualTo(400);
    assertThat(http.get("/api/payment-exceptions").statusCode()).isEqualTo(401);
  }

  private long exceptionId(Invoice invoice) {
    return books.exceptionId(invoice.getNumber());
  }

  private String credit() throws Exception {
    return http.asAdmin("GET", "/api/customers/" + customer.getId() + "/credit", null).body();
  }

  private java.net.http.HttpResponse<String> resolve(long id, String json) throws Exception {
    return http.asAdmin("POST", "/api/payment-exceptions/" + id + "/resolve", json);
  }
}
