package app.recoup.web.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The approval inbox and the case page's actions in a real browser, against running cases: a draft
 * approved in the inbox arrives in the outbox, edits and skips take effect, a payment recorded on
 * the case page closes the case, and a viewer can neither see nor forge an approval.
 */
class ApprovalInboxBrowserTest extends BrowserTest {

  static final String ADMIN = ApplicationTest.ADMIN;
  static final String PASSWORD = ApplicationTest.PASSWORD;
  private static final String VIEWER = "inbox-viewer@example.com";
  private static final String VIEWER_PASSWORD = "viewer-password";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  private CaseFixtures fixtures;
  private Browser browser;

  @BeforeAll
  void logIn(@Autowired AppUserRepository users, @Autowired PasswordEncoder passwords) {
    fixtures = new CaseFixtures(context);
    users.save(AppUser.create(VIEWER, passwords.encode(VIEWER_PASSWORD), Role.VIEWER));
    browser = newBrowser().logIn(ADMIN, PASSWORD);
  }

  /** A reachable customer's case, its due-date reminder drafted and waiting for approval. */
  private Invoice draftedCase() {
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.reachable(invoice, false);
    fixtures.announce(invoice);
    Eventually.within(
        PATIENCE,
        "reminder 2 drafted",
        () ->
            fixtures.casesFor(invoice) == 1
                && fixtures.touchesFor(invoice) == 1
                && fixtures.touchStatus(invoice, 2).equals("DRAFTED"));
    return invoice;
  }

  private String draft(Invoice invoice) {
    return "#draft-" + invoice.getNumber();
  }

  @Test
  void aDraftApprovedInTheInboxArrivesInTheOutbox() {
    Invoice invoice = draftedCase();

    browser.open("/");
    browser.navigate(By.linkText("Approvals"));
    String shown = browser.text(By.cssSelector(draft(invoice)));
    assertThat(shown)
        .contains(invoice.getNumber(), "reminder 2", "Email", "Subject:", invoice.getNumber());
    assertThat(browser.text(By.cssSelector(draft(invoice) + " .message-body")))
        .isEqualTo(
            jdbc.sql(
                    "select t.body from touch t join collection_case c on c.id = t.case_id where c.invoice_id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single()
                .strip());
    browser.screenshot("approvals");
    browser.phone(true);
    try {
      assertThat(browser.fitsWidth()).isTrue();
      browser.screenshot("approvals-phone");
    } finally {
      browser.phone(false);
    }

    browser.navigate(By.cssSelector(draft(invoice) + " form[action$='/approve'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Reminder approved");
    assertThat(browser.driver().findElements(By.cssSelector(draft(invoice)))).isEmpty();

    Eventually.within(
        PATIENCE, "reminder 2 sent", () -> fixtures.touchStatus(invoice, 2).equals("SENT"));
    browser.open("/outbox");
    assertThat(browser.text(By.cssSelector("table.outbox")))
        .contains("pat@" + invoice.getNumber().toLowerCase() + ".test");
    browser.open("/cases/" + invoice.getNumber());
    assertThat(browser.text(By.id("timeline")))
        .contains("touch approved by " + ADMIN, "touch sent by recoup");
  }

  @Test
  void anSmsDraftSaysWhatItIsBilledAsAndWhenItIsTooLong() {
    Invoice shortOne = draftedCase();
    Invoice longOne = draftedCase();
    draftAsSms(
        shortOne,
        "Invoice " + shortOne.getNumber() + " is due. Pay: https://pay.test/x " + "a".repeat(120));
    draftAsSms(longOne, "Invoice " + longOne.getNumber() + " € " + "b".repeat(470));

    browser.open("/approvals");

    assertThat(browser.text(By.cssSelector(draft(shortOne) + " figcaption")))
        .contains("billed as 2 parts")
        .doesNotContain("edit it shorter");
    assertThat(browser.text(By.cssSelector(draft(longOne) + " figcaption")))
        .contains("billed as 4 parts", "longer than 459 characters; edit it shorter");
  }

  private void draftAsSms(Invoice invoice, String text) {
    jdbc.sql(
            "update touch t set channel = 'SMS', subject = null, body = :text from collection_case c"
                + " where c.id = t.case_id and c.invoice_id = :invoice")
        .param("text", text)
        .param("invoice", invoice.getId())
        .update();
  }

  @Test
  void anEditedDraftGoesOutAsEditedASkipNeedsAReasonAndBulkApprovalTakesTheSelected() {
    Invoice edited = draftedCase();
    Invoice skipped = draftedCase();
    Invoice first = draftedCase();
    Invoice second = draftedCase();
    browser.open("/approvals");

    browser.driver().findElement(By.cssSelector(draft(edited) + " summary")).click();
    WebElement body =
        browser.driver().findElement(By.cssSelector(draft(edited) + " textarea[name=body]"));
    body.clear();
    body.sendKeys("Please pay invoice " + edited.getNumber() + " by Friday.");
    browser.navigate(By.cssSelector(draft(edited) + " form[action$='/edit'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("approved as edited");

    skipBrowserValidation(draft(skipped) + " form[action$='/skip']");
    browser.navigate(By.cssSelector(draft(skipped) + " form[action$='/skip'] button"));
    assertThat(browser.text(By.cssSelector(draft(skipped) + " [role=alert]")))
        .contains("Say why it is skipped");
    browser
        .driver()
        .findElement(By.cssSelector(draft(skipped) + " input[name=reason]"))
        .sendKeys("agreed by phone");
    browser.navigate(By.cssSelector(draft(skipped) + " form[action$='/skip'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("skipped");

    browser.driver().findElement(By.cssSelector(draft(first) + " input[name=draft]")).click();
    browser.driver().findElement(By.cssSelector(draft(second) + " input[name=draft]")).click();
    browser.navigate(By.cssSelector("#bulk-approve button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("2 reminders approved.");

    Eventually.within(
        PATIENCE,
        "edited and bulk-approved reminders sent",
        () ->
            fixtures.touchStatus(edited, 2).equals("SENT")
                && fixtures.touchStatus(first, 2).equals("SENT")
                && fixtures.touchStatus(second, 2).equals("SENT"));
    assertThat(sentText(edited))
        .isEqualTo("Please pay invoice " + edited.getNumber() + " by Friday.");
    Eventually.within(
        PATIENCE, "skipped", () -> fixtures.touchStatus(skipped, 2).equals("SKIPPED"));
    assertThat(fixtures.outboxRowsFor(skipped, "SENT")).isZero();
  }

  @Test
  void aDecisionTakenElsewhereMeanwhileIsShownAsRefused() throws Exception {
    Invoice invoice = draftedCase();
    browser.open("/approvals");
    var api =
        new Api(port)
            .send(
                "POST",
                "/api/drafts/" + fixtures.touchId(invoice, 2) + "/approve",
                Api.basic(ADMIN, PASSWORD));
    assertThat(api.statusCode()).isEqualTo(200);

    browser.navigate(By.cssSelector(draft(invoice) + " form[action$='/approve'] button"));

    assertThat(browser.text(By.id("gone-refusals")))
        .contains(invoice.getNumber() + ", reminder 2: No draft awaits approval.");
    Eventually.within(PATIENCE, "sent once", () -> fixtures.outboxRowsFor(invoice, "SENT") == 1);
  }

  @Test
  void aPaymentRecordedOnTheCasePageClosesTheCase() {
    Invoice invoice = draftedCase();
    browser.open("/cases/" + invoice.getNumber());
    assertThat(browser.text(By.id("process-state"))).contains("reminder 2 awaits approval");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('actions').scrollIntoView()");
    browser.screenshot("case-actions");

    WebElement amount = browser.driver().findElement(By.id("payment-amount"));
    amount.clear();
    amount.sendKeys("12,50");
    browser.navigate(By.cssSelector("#payment button"));
    assertThat(browser.text(By.id("payment-amount-error")))
        .isEqualTo("Enter an amount, as 120.50.");
    assertThat(browser.driver().findElement(By.id("payment-amount")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    skipBrowserValidation("#promise");
    browser.driver().findElement(By.id("promise-date")).sendKeys("01012020");
    browser.navigate(By.cssSelector("#promise button"));
    assertThat(browser.text(By.id("promise-error"))).startsWith("The promised date must be after");

    amount = browser.driver().findElement(By.id("payment-amount"));
    amount.clear();
    amount.sendKeys("1250.00");
    browser.navigate(By.cssSelector("#payment button"));
    assertThat(browser.text(By.cssSelector("[role=status]")))
        .isEqualTo("Payment of EUR 1250.00 recorded.");

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    browser.open("/cases/" + invoice.getNumber());
    assertThat(browser.text(By.tagName("h1"))).endsWith("closed");
    assertThat(browser.text(By.id("balance"))).isEqualTo("EUR 0.00");
    assertThat(browser.text(By.id("payments"))).contains("EUR 1,250.00", "manual");
    assertThat(browser.driver().findElements(By.id("actions"))).isEmpty();
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isZero();
  }

  @Test
  void aViewerSeesTheInboxButNoDecisionAndAForgedApprovalIsRefused() throws Exception {
    Invoice invoice = draftedCase();
    try (Browser viewer = new Browser(port).logIn(VIEWER, VIEWER_PASSWORD)) {
      viewer.open("/approvals");
      assertThat(viewer.text(By.cssSelector(draft(invoice)))).contains("reminder 2");
      assertThat(
              viewer
                  .driver()
                  .findElements(By.cssSelector("#drafts form, #bulk-approve, #drafts input")))
          .isEmpty();
      viewer.screenshot("approvals-viewer");
      viewer.open("/cases/" + invoice.getNumber());
      assertThat(viewer.driver().findElements(By.id("actions"))).isEmpty();
    }
    Api api = new Api(port);
    String viewer = Api.basic(VIEWER, VIEWER_PASSWORD);
    assertThat(
            api.send("POST", "/approvals/" + invoice.getNumber() + "/2/approve", viewer)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send("POST", "/approvals/bulk-approve?draft=" + invoice.getNumber() + "/2", viewer)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(
                    "POST",
                    "/cases/" + invoice.getNumber() + "/payment?amount=1250&entry=x",
                    viewer)
                .statusCode())
        .isEqualTo(403);
    assertThat(fixtures.touchStatus(invoice, 2)).isEqualTo("DRAFTED");
    assertThat(fixtures.caseStatus(invoice)).isEqualTo("OPEN");
  }

  private String sentText(Invoice invoice) {
    return jdbc.sql(
            "select o.text_body from outbox_message o join collection_case c on c.id = o.case_id where c.invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .single();
  }

  private void skipBrowserValidation(String formSelector) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector(arguments[0]).noValidate = true", formSelector);
  }
}
