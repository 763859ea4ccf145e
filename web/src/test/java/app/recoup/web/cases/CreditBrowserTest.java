package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer credit in a real browser: applied from the case page and from the customer page, a
 * refusal shown beside the form, the balance and the timeline showing what happened, and the portal
 * telling the customer what credit they have.
 */
class CreditBrowserTest extends BrowserTest {

  static final String ADMIN = ApplicationTest.ADMIN;
  static final String PASSWORD = ApplicationTest.PASSWORD;
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired InvoiceRepository invoices;
  private CaseFixtures fixtures;
  private Browser browser;

  @BeforeAll
  void logIn() {
    fixtures = new CaseFixtures(context);
    browser = newBrowser().logIn(ADMIN, PASSWORD);
  }

  private void creditKept(Invoice of, String amount) {
    jdbc.sql(
            "insert into customer_credit (customer_id, amount, currency, note) values (?, ?, 'EUR', 'overpayment kept')")
        .params(of.getCustomerId(), new BigDecimal(amount))
        .update();
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  @Test
  void creditIsAppliedFromTheCasePageAndTooMuchIsRefusedBesideTheForm() {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    creditKept(invoice, "300.00");

    browser.open("/cases/" + invoice.getNumber());
    assertThat(browser.text(By.id("available-credit"))).contains("EUR 300.00");
    type("credit-amount", "200.00");
    browser.navigate(By.cssSelector("#apply-credit button"));

    assertThat(browser.text(By.cssSelector("#credit [role=status]")))
        .isEqualTo(
            "Credit of EUR 200.00 applied to "
                + invoice.getNumber()
                + "; EUR 1050.00 left to collect.");
    assertThat(browser.text(By.id("balance"))).isEqualTo("EUR 1,050.00");
    assertThat(browser.text(By.id("credited"))).isEqualTo("EUR 200.00");
    assertThat(browser.text(By.id("credits-applied"))).contains("customer credit", ADMIN);
    assertThat(browser.text(By.id("timeline")))
        .contains("200.00 EUR credited (customer credit applied by " + ADMIN + ")");
    assertThat(browser.text(By.id("available-credit"))).contains("EUR 100.00");
    Eventually.within(
        PATIENCE,
        "the case's workflow holds the balance the page shows",
        () -> fixtures.workflowState(invoice).balance().compareTo(new BigDecimal("1050")) == 0);

    type("credit-amount", "150");
    browser.navigate(By.cssSelector("#apply-credit button"));

    assertThat(browser.text(By.id("credit-amount-error")))
        .isEqualTo("150.00 EUR is more than the customer's EUR credit (100.00 EUR).");
    assertThat(invoices.findById(invoice.getId()).orElseThrow().getBalance())
        .isEqualByComparingTo("1050.00");
    browser.screenshot("case-credit");
  }

  @Test
  void creditIsAppliedFromTheCustomerPageAndThePortalShowsWhatIsLeft() {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    creditKept(invoice, "400.00");
    String portal =
        "/portal/"
            + context
                .getBean(PortalTokens.class)
                .issue(
                    invoice.getCustomerId(),
                    context.getBean(Clock.class).instant().plus(Duration.ofDays(7)));

    browser.open(portal);
    assertThat(browser.text(By.id("available-credit"))).contains("You have 400.00 EUR of credit");

    browser.open("/customers/" + invoice.getCustomerId());
    assertThat(browser.text(By.id("credit-balances"))).isEqualTo("EUR 400.00");
    type("credit-amount", "250");
    browser.navigate(By.cssSelector("#apply-credit button"));

    assertThat(browser.text(By.cssSelector("#credit [role=status]")))
        .isEqualTo(
            "Credit of EUR 250.00 applied to "
                + invoice.getNumber()
                + "; EUR 1000.00 left to collect.");
    assertThat(browser.text(By.id("credit-balances"))).isEqualTo("EUR 150.00");
    assertThat(browser.text(By.id("invoices"))).contains("EUR 1,000.00");

    browser.open(portal);
    assertThat(browser.text(By.id("available-credit"))).contains("You have 150.00 EUR of credit");
    assertThat(browser.text(By.cssSelector("#invoice-" + invoice.getNumber() + " .credited")))
        .isEqualTo("250.00 EUR");
    assertThat(browser.text(By.cssSelector("#invoice-" + invoice.getNumber() + " .balance")))
        .isEqualTo("1000.00 EUR");
  }
}
