package app.recoup.web.payments;

import static app.recoup.web.payments.PaymentWebhookTest.newId;
import static app.recoup.web.payments.PaymentWebhookTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.payments.exceptions.ExceptionReason;
import app.recoup.ledger.payments.exceptions.NewPaymentException;
import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@PaymentsApplicationTest
class PaymentExceptionPageBrowserTest extends PaymentsFixture {

  private static final String PASSWORD = "exception-page-password";

  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired PaymentExceptions exceptions;

  @Test
  void aCollectorAppliesUnmatchedMoneyToTheInvoiceItWasFor() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String typo = "TYPO-" + invoice.getNumber();
    receive(single(typo, "30.00", "EUR", newId()));
    long id = books.exceptionId(typo);

    try (Browser browser = new Browser(port).logIn(person(Role.COLLECTOR), PASSWORD)) {
      browser.open("/payment-exceptions");
      By row = By.id("exception-" + id);
      assertThat(browser.text(row))
          .contains("unknown reference", "EUR 30.00", typo, "payments", "just now");
      int listed = browser.driver().findElements(By.cssSelector("#payment-exceptions > li")).size();
      assertThat(browser.text(By.cssSelector("#nav-payment-exceptions .badge")))
          .isEqualTo(String.valueOf(listed));

      browser.navigate(By.cssSelector("#exception-" + id + " button[value=APPLY]"));
      assertThat(browser.text(By.id("exception-" + id + "-error"))).contains("Name the invoice");

      type(browser, By.id("invoice-" + id), "NO-SUCH-INVOICE");
      browser.navigate(By.cssSelector("#exception-" + id + " button[value=APPLY]"));
      assertThat(browser.text(By.id("exception-" + id + "-error")))
          .contains("no invoice NO-SUCH-INVOICE");
      assertThat(browser.driver().findElement(By.id("invoice-" + id)).getAttribute("value"))
          .isEqualTo("NO-SUCH-INVOICE");
      browser.screenshot("payment-exceptions-error");

      type(browser, By.id("invoice-" + id), invoice.getNumber());
      browser.navigate(By.cssSelector("#exception-" + id + " button[value=APPLY]"));
      assertThat(browser.text(By.cssSelector("[role=status]")))
          .isEqualTo("EUR 30.00 applied to " + invoice.getNumber() + ", which now owes EUR 70.00.");
      assertThat(browser.driver().findElements(row)).isEmpty();
      assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("70.00");

      browser.open("/customers/" + customer.getId());
      assertThat(browser.text(By.id("invoices"))).contains(invoice.getNumber(), "EUR 70.00");
    }
  }

  @Test
  void aChargebackIsWonOrLostAndNothingElse() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "40.00");
    long id =
        exceptions.raise(
            new NewPaymentException(
                null,
                null,
                customer.getId(),
                invoice.getId(),
                ExceptionReason.CHARGEBACK,
                new BigDecimal("40.00"),
                "EUR",
                invoice.getNumber(),
                "chargeback: fraudulent"));

    try (Browser browser = new Browser(port).logIn(person(Role.ADMIN), PASSWORD)) {
      browser.phone(true).open("/payment-exceptions");
      assertThat(browser.driver().findElements(By.cssSelector("#exception-" + id + " button")))
          .extracting(WebElement::getText)
          .containsExactly("Chargeback lost", "Chargeback won");
      assertThat(browser.text(By.id("exception-" + id)))
          .contains(customer.getName(), "chargeback: fraudulent");
      assertThat(browser.fitsWidth()).isTrue();
      browser.screenshot("payment-exceptions-phone");

      browser.navigate(By.cssSelector("#exception-" + id + " button[value=DISMISS]"));
      assertThat(browser.text(By.cssSelector("[role=status]")))
          .isEqualTo("Chargeback won: EUR 40.00 stays paid.");
      assertThat(browser.driver().findElements(By.id("exception-" + id))).isEmpty();
    }
  }

  @Test
  void aViewerReadsTheQueueButCannotSettleAnything() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "80.00");
    receive(single(invoice.getNumber(), "100.00", "EUR", newId()));
    long id = books.exceptionId(invoice.getNumber());
    String viewer = person(Role.VIEWER);

    try (Browser browser = new Browser(port).logIn(viewer, PASSWORD)) {
      browser.open("/payment-exceptions");
      assertThat(browser.text(By.id("exception-" + id))).contains("overpay", "EUR 20.00");
      assertThat(browser.driver().findElements(By.cssSelector("#payment-exceptions form")))
          .isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("#payment-exceptions button")))
          .isEmpty();
      browser.screenshot("payment-exceptions-viewer");
    }
    var forged =
        new Api(port)
            .send(
                "POST",
                "/payment-exceptions/" + id + "/resolve?action=REFUND",
                Api.basic(viewer, PASSWORD));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(exceptions.find(id).orElseThrow().isOpen()).isTrue();
  }

  private String person(Role role) {
    String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
    users.save(AppUser.create(email, passwordEncoder.encode(PASSWORD), role));
    return email;
  }

  private static void type(Browser browser, By field, String text) {
    WebElement input = browser.driver().findElement(field);
    input.clear();
    input.sendKeys(text);
  }
}
