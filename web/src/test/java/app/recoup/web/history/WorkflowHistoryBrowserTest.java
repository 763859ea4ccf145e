package app.recoup.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.imports.InvoiceImporter;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A real case's workflow on the in-process Temporal server, read back through the API. */
class WorkflowHistoryBrowserTest extends BrowserTest {

  @Autowired InvoiceImporter importer;
  @Autowired JdbcClient jdbc;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwordEncoder;
  private Browser browser;

  @BeforeAll
  void aRunningCase() throws InterruptedException {
    LocalDate due = LocalDate.now().minusDays(1);
    String csv =
        """
        invoice_number,customer,email,currency,total,amount_paid,issue_date,due_date
        WH-1,Hist AG,ap@hist.example,EUR,480.00,0,%s,%s
        """
            .formatted(due.minusDays(30), due);
    importer.importFile(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "history.csv", "test");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (currentStep() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(currentStep()).as("the case recorded its due-date touch").isEqualTo(2);
    users.save(
        AppUser.create(
            "col@example.com", passwordEncoder.encode("collector-pass"), Role.COLLECTOR));
    browser = newBrowser().logIn(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);
  }

  @Test
  void anAdminReadsTheWorkflowEventByEventWithDecodedPayloads() {
    browser.open("/cases/WH-1");
    browser.navigate(By.linkText("Workflow history"));

    String history = browser.text(By.id("history"));
    assertThat(history)
        .contains("Workflow execution started: CollectionWorkflow on task queue collections")
        .contains("\"invoiceNumber\":\"WH-1\"")
        .contains("Activity task scheduled")
        .contains("Activity task completed")
        .contains("Timer started: timer")
        .doesNotContain("Workflow task started");
    assertThat(browser.driver().findElement(By.id("temporal-ui")).getAttribute("href"))
        .isEqualTo(
            "http://temporal-ui.example:8233/namespaces/default/workflows/invoice-WH-1/"
                + browser.text(By.id("run-id"))
                + "/history");
    assertThat(browser.text(By.id("local-temporal-note")))
        .contains("keeps workflow histories in memory", "timeline keeps everything");
    browser.screenshot("workflow-history");

    browser.navigate(By.partialLinkText("Show every event"));
    assertThat(browser.text(By.id("history"))).contains("Workflow task started");
  }

  @Test
  void anUnknownRunIsExplainedNotAnError() throws Exception {
    var response =
        get(
            "/admin/cases/WH-1/history?run=00000000-0000-0000-0000-000000000000",
            ApplicationTest.ADMIN,
            ApplicationTest.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Temporal has no workflow");
  }

  @Test
  void onlyAdminsMayReadWorkflowHistory() throws Exception {
    var response = get("/admin/cases/WH-1/history", "col@example.com", "collector-pass");
    assertThat(response.statusCode()).isEqualTo(403);
  }

  private int currentStep() {
    return jdbc.sql(
            """
            select coalesce(max(k.current_step), 0) from collection_case k
              join invoice i on i.id = k.invoice_id where i.number = 'WH-1'
            """)
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return new Api(port).get(path, Api.basic(user, password));
  }
}
