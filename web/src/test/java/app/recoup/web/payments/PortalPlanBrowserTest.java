package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.portal.PortalTokens;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.web.browser.Browser;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A customer asks for a payment plan in the portal on a phone (a plan beyond the limits is refused
 * with the reason); a collector approves it on the case page, and the portal shows it agreed.
 */
@PaymentsApplicationTest
class PortalPlanBrowserTest extends PaymentsFixture {

  @Autowired PortalTokens tokens;
  @Autowired ApplicationEventPublisher events;

  private Browser customerBrowser;
  private Browser collectorBrowser;

  @AfterEach
  void closeBrowsers() {
    for (Browser browser : new Browser[] {customerBrowser, collectorBrowser}) {
      if (browser != null) {
        browser.close();
      }
    }
  }

  private void askForPlan(Invoice invoice, String payments, LocalDate first) {
    WebElement card = customerBrowser.driver().findElement(By.id("invoice-" + invoice.getNumber()));
    card.findElement(By.xpath(".//summary[contains(., 'instalments')]")).click();
    WebElement form = card.findElement(By.cssSelector("form[action$='/payment-plan']"));
    new Select(form.findElement(By.name("instalments"))).selectByValue(payments);
    ((JavascriptExecutor) customerBrowser.driver())
        .executeScript(
            "arguments[0].value = arguments[1]",
            form.findElement(By.name("first")),
            first.toString());
    customerBrowser.navigate(
        By.cssSelector(
            "#invoice-" + invoice.getNumber() + " form[action$='/payment-plan'] button"));
  }

  private String planStatus(Invoice invoice) {
    return jdbc.sql(
            "select p.status from payment_plan p join collection_case c on c.id = p.case_id"
                + " where c.invoice_id = :id order by p.id desc limit 1")
        .param("id", invoice.getId())
        .query(String.class)
        .optional()
        .orElse("none");
  }

  @Test
  void aCustomerAsksForAPlanWithinTheLimitsAndACollectorApprovesIt() {
    Invoice invoice = books.invoice(customer, "EUR", "900.00");
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
    Eventually.within(
        Duration.ofSeconds(20),
        "case opened",
        () ->
            jdbc.sql("select count(*) from collection_case where invoice_id = :id")
                    .param("id", invoice.getId())
                    .query(Long.class)
                    .single()
                == 1);
    String token = tokens.issue(customer.getId(), Instant.now().plus(Duration.ofDays(30)));
    LocalDate today = LocalDate.now(customer.zone());
    customerBrowser = new Browser(port).phone(true).open("/portal/" + token);

    // the last of three monthly payments from day 170 falls beyond the 180 days a plan may span
    askForPlan(invoice, "3", today.plusDays(170));
    assertThat(customerBrowser.text(By.cssSelector("[role=alert]")))
        .startsWith("That payment date must be at most 180 days from today");
    assertThat(planStatus(invoice)).isEqualTo("none");

    askForPlan(invoice, "3", today.plusDays(10));
    assertThat(customerBrowser.text(By.cssSelector("[role=status]")))
        .contains("request for a payment plan");
    WebElement plan = customerBrowser.driver().findElement(By.id("plan-" + invoice.getNumber()));
    assertThat(plan.findElement(By.className("plan-status")).getText()).startsWith("Requested");
    assertThat(plan.findElements(By.cssSelector("tbody tr")))
        .extracting(WebElement::getText)
        .containsExactly(
            "1 " + today.plusDays(10) + " 300.00 EUR",
            "2 " + today.plusDays(10).plusMonths(1) + " 300.00 EUR",
            "3 " + today.plusDays(10).plusMonths(2) + " 300.00 EUR");
    customerBrowser.screenshot("portal-plan-requested");
    assertThat(planStatus(invoice)).isEqualTo("REQUESTED");

    collectorBrowser = new Browser(port).logIn("owner@example.com", "correct horse battery");
    collectorBrowser.open("/tasks");
    assertThat(collectorBrowser.text(By.tagName("main")))
        .contains("The customer asks for a payment plan of 3 instalments");
    collectorBrowser.open("/cases/" + invoice.getNumber());
    assertThat(collectorBrowser.text(By.id("plan-status"))).contains("requested");
    collectorBrowser.navigate(By.id("plan-approve"));

    assertThat(collectorBrowser.text(By.cssSelector("[role=status]")))
        .isEqualTo("Payment plan approved.");
    assertThat(collectorBrowser.text(By.id("plan-status"))).contains("active");
    Eventually.within(
        Duration.ofSeconds(20),
        "the case runs the plan",
        () ->
            books.timeline(caseId(invoice)).stream()
                .anyMatch(entry -> entry.contains("PLAN_AGREED")));
    customerBrowser.open("/portal/" + token);
    assertThat(
            customerBrowser
                .driver()
                .findElement(By.cssSelector("#plan-" + invoice.getNumber() + " .plan-status"))
                .getText())
        .isEqualTo("Agreed");
    assertThat(
            customerBrowser
                .driver()
                .findElements(
                    By.cssSelector(
                        "#invoice-" + invoice.getNumber() + " form[action$='/payment-plan']")))
        .isEmpty();
  }

  private long caseId(Invoice invoice) {
    return jdbc.sql("select id from collection_case where invoice_id = :id")
        .param("id", invoice.getId())
        .query(Long.class)
        .single();
  }
}
