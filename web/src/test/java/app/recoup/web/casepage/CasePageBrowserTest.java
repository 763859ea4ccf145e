package app.recoup.web.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.timeline.Timeline;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.queue.QueueData;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {
      "recoup.admin.email=case-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class CasePageBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired Timeline timeline;
  private Browser browser;

  @BeforeAll
  void aCaseWithHistory() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Acme GmbH", "retail");
    long caseId = data.caseOf(customer, "CP-1", "1200.00", 10, "OPEN", "ana@example.com");
    jdbc.sql(
            """
            update invoice set fees = 40, amount_paid = 200 where number = 'CP-1';
            insert into payment (invoice_id, amount, currency, received_at, source, external_id)
            select id, 200, 'EUR', now() - interval '2 days', 'bank', 'TX-77' from invoice
             where number = 'CP-1';
            insert into payment_exception (invoice_id, reason, amount, currency, details)
            select id, 'SHORT_PAY', 200, 'EUR', 'paid 200 of 1200' from invoice where number = 'CP-1';
            """)
        .update();
    jdbc.sql("insert into human_task (case_id, kind, title) values (:case, 'CALL', 'Call Acme')")
        .param("case", caseId)
        .update();
    Instant earlier = Instant.now().minus(3, ChronoUnit.DAYS);
    timeline.append(
        caseId, earlier, "system", TimelineEventType.TOUCH_SENT, "friendly reminder", null);
    timeline.append(
        caseId,
        earlier.plusSeconds(60),
        "customer",
        TimelineEventType.PROMISE_TO_PAY,
        "=HYPERLINK(\"x\")",
        null);
    browser = newBrowser().logIn("case-admin@example.com", "browser-secret");
  }

  @Test
  void theCasePageShowsMoneyHistoryAndWhatComesNext() {
    browser.open("/");
    browser.navigate(By.linkText("CP-1"));

    assertThat(browser.text(By.tagName("h1"))).startsWith("Invoice CP-1");
    assertThat(browser.text(By.id("balance"))).isEqualTo("EUR 1,040.00");
    assertThat(browser.text(By.id("fees"))).isEqualTo("EUR 40.00");
    // ten days overdue: the +7 step is due now, then +14, +21 and the final notice at +30
    assertThat(browser.driver().findElements(By.cssSelector("#upcoming li"))).hasSize(4);
    assertThat(browser.text(By.cssSelector("#upcoming li")))
        .startsWith("Step 4 (7 days after due)");
    assertThat(browser.text(By.id("timeline")))
        .contains("promise to pay by customer", "touch sent by system");
    assertThat(browser.text(By.id("payments"))).contains("EUR 200.00", "bank", "TX-77");
    assertThat(browser.text(By.id("exceptions"))).contains("short pay", "open");
    assertThat(browser.text(By.id("tasks"))).contains("Call Acme");
    browser.screenshot("case");
  }

  @Test
  void theQueueAndTheCaseFitAPhone() {
    browser.phone(true);
    try {
      for (String page :
          List.of("/", "/cases/CP-1", "/tasks", "/customers", "/metrics", "/account")) {
        browser.open(page);
        assertThat(browser.fitsWidth()).as(page + " fits a phone").isTrue();
      }
      browser.open("/cases/CP-1");
      browser.screenshot("case-phone");
    } finally {
      browser.phone(false);
    }
  }

  @Test
  void aCaseIsHandedToSomeoneAndTheQueueFiltersByThem() {
    browser.open("/cases/CP-1");
    new Select(browser.driver().findElement(By.id("assignee")))
        .selectByVisibleText("case-admin@example.com");
    browser.navigate(By.cssSelector("#assign-case button"));
    assertThat(browser.text(By.id("timeline")))
        .contains("case assigned by case-admin@example.com", "to case-admin@example.com");

    browser.open("/?assignee=case-admin%40example.com");
    assertThat(browser.text(By.id("queue"))).contains("CP-1");
  }

  @Test
  void anUnknownInvoiceIsANotFound() throws Exception {
    assertThat(get("/cases/NOPE-1").statusCode()).isEqualTo(404);
  }

  @Test
  void theTimelineExportsAsCsvThatASpreadsheetWillNotExecute() throws Exception {
    HttpResponse<String> csv = get("/cases/CP-1/timeline.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body().lines())
        .first()
        .isEqualTo("occurred_at,invoice_number,actor,type,details");
    assertThat(csv.body()).contains(",CP-1,system,TOUCH_SENT,friendly reminder");
    assertThat(csv.body()).contains("CP-1,customer,PROMISE_TO_PAY,\"'=HYPERLINK(\"\"x\"\")\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return new Api(port).get(path, Api.basic("case-admin@example.com", "browser-secret"));
  }
}
