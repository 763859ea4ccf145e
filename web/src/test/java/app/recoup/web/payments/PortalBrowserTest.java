package app.recoup.web.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** A customer walks the portal on a phone: promises a date (the case pauses), then pays by card. */
@PaymentsApplicationTest
class PortalBrowserTest extends PaymentsFixture {

  @Autowired PortalTokens tokens;
  @Autowired ApplicationEventPublisher events;

  private Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPromisePausesTheCaseAndPayingClosesIt() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "240.00");
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
    Eventually.within(Duration.ofSeconds(20), "case opened", () -> caseStatus(invoice) != null);
    String token = tokens.issue(customer.getId(), Instant.now().plus(Duration.ofDays(30)));
    browser = new Browser(port).phone(true).open("/portal/" + token);
    WebElement card = browser.driver().findElement(By.id("invoice-" + invoice.getNumber()));
    assertThat(card.findElement(By.cssSelector(".balance")).getText()).isEqualTo("240.00 EUR");
    browser.screenshot("portal-phone");

    card.findElement(By.xpath(".//summary[contains(., 'pay by a date')]")).click();
    LocalDate promised = LocalDate.now().plusDays(10);
    WebElement date = card.findElement(By.cssSelector("form[action$='/promise'] input[name=date]"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1]", date, promised.toString());
    browser.navigate(
        By.cssSelector("#invoice-" + invoice.getNumber() + " form[action$='/promise'] button"));

    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("promise to pay");
    assertThat(books.timeline(caseId(invoice)))
        .anySatisfy(entry -> assertThat(entry).contains(promised.toString()));
    Eventually.within(
        Duration.ofSeconds(20),
        "case on hold for the promise",
        () -> "PAUSED".equals(caseStatus(invoice)));

    String session = "cs_" + UUID.randomUUID();
    STRIPE.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"%s\",\"object\":\"checkout.session\",\"url\":\"%s/checkout/%s\"}"
                            .formatted(session, STRIPE.baseUrl(), session))));
    STRIPE.stubFor(
        get(urlEqualTo("/checkout/" + session))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>Test checkout</h1></body></html>")));
    browser.navigate(
        By.cssSelector("#invoice-" + invoice.getNumber() + " form[action$='/pay'] button"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/checkout/" + session);

    appliedStatus(
        StripeEvents.deliver(
            http,
            StripeEvents.event(
                "checkout.session.completed",
                """
        {"id":"%s","object":"checkout.session","payment_intent":"pi_%s","amount_total":24000,
         "currency":"eur","payment_status":"paid","metadata":{"recoup_invoices":"%s=240.00"}}"""
                    .formatted(session, UUID.randomUUID(), invoice.getNumber()))));

    Eventually.within(
        Duration.ofSeconds(20), "case closed", () -> "CLOSED".equals(caseStatus(invoice)));
    browser.open("/portal/" + token + "?done=paid");
    assertThat(browser.driver().findElements(By.id("invoice-" + invoice.getNumber()))).isEmpty();
    assertThat(browser.text(By.tagName("main"))).contains("no open invoices");
    browser.screenshot("portal-paid");
  }

  private String caseStatus(Invoice invoice) {
    return jdbc.sql("select status from collection_case where invoice_id = :id")
        .param("id", invoice.getId())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private long caseId(Invoice invoice) {
    return jdbc.sql("select id from collection_case where invoice_id = :id")
        .param("id", invoice.getId())
        .query(Long.class)
        .single();
  }
}
