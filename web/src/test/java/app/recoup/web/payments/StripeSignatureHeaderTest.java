package app.recoup.web.payments;

import static app.recoup.web.payments.StripeEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import org.junit.jupiter.api.Test;

/** Found by the fault harness's fuzz pass: headers and bodies Stripe never sends. */
@PaymentsApplicationTest
class StripeSignatureHeaderTest extends PaymentsFixture {

  @Test
  void aMalformedSignatureHeaderIsRefusedAs401AndAppliesNothing() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "50.00");
    String paid =
        event(
            "payment_intent.succeeded",
            """
        {"id":"pi_header","object":"payment_intent","amount_received":5000,"currency":"eur",
         "metadata":{"recoup_invoices":"%s=50.00"}}"""
                .formatted(invoice.getNumber()));

    for (String header : new String[] {"t=,v1=", "t=abc,v1=00", "t=99999999999999999999,v1=00"}) {
      var answer = StripeEvents.post(http, paid, header);

      assertThat(answer.statusCode()).as(header).isEqualTo(401);
      assertThat(answer.body()).as(header).contains("Stripe-Signature");
    }
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("50.00");
  }

  @Test
  void aSignedEventWithANulCharacterIsRefusedAs400() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "50.00");
    for (String nul : new String[] {"\u0000", "\\u0000"}) {
      String paid =
          event(
              "payment_intent.succeeded",
              """
          {"id":"pi_nul%s","object":"payment_intent","amount_received":5000,"currency":"eur",
           "metadata":{"recoup_invoices":"%s=50.00"}}"""
                  .formatted(nul, invoice.getNumber()));

      var answer = StripeEvents.deliver(http, paid);

      assertThat(answer.statusCode())
          .as("NUL " + (nul.length() == 1 ? "raw" : "escaped"))
          .isEqualTo(400);
    }
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("50.00");
  }
}
