package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Upload, preview, commit with a progress bar, download the refused rows; or cancel. Batches of one
 * row make a file of a few hundred rows take long enough to watch its progress.
 */
@TestPropertySource(
    properties = {
      "recoup.admin.email=importer@example.com",
      "recoup.admin.password=browser-secret",
      "recoup.imports.batch-size=1"
    })
@Import(Ledger.class)
class ImportPageBrowserTest extends BrowserTest {

  private static final String HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone\n";
  private static final int GOOD_ROWS = 400;
  private static final String OTHER_COLLECTOR = "colin@example.com";
  private static final String OTHER_PASSWORD = "collector-password";

  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;
  private Browser browser;

  @BeforeAll
  void startBrowser(@Autowired AppUserRepository users, @Autowired PasswordEncoder passwords)
      throws IOException {
    jdbc.sql("delete from staged_upload").update();
    users.save(AppUser.create(OTHER_COLLECTOR, passwords.encode(OTHER_PASSWORD), Role.COLLECTOR));
    browser = newBrowser().logIn("importer@example.com", "browser-secret");
  }

  @Test
  void aPreviewedFileImportsWithProgressAndItsRefusedRowsDownloadAsCsv(@TempDir Path dir)
      throws Exception {
    StringBuilder rows =
        new StringBuilder(HEADER)
            .append(
                "BRW-1,Acme GmbH,ap@acme.example,,EUR,\"1.250,00\",0,2026-09-01,2030-10-01,,Europe/Berlin\n")
            .append(
                "BRW-2,Acme GmbH,ap@acme.example,,EUR,300.00,0,2026-09-05,2026-09-01,PO-7,Europe/Berlin\n");
    for (int i = 3; i <= GOOD_ROWS + 1; i++) {
      rows.append("BRW-")
          .append(i)
          .append(
              ",Blue Fin Ltd,ar@bluefin.example,,GBP,£99.90,0,2026-09-10,2030-10-10,,Europe/London\n");
    }
    upload(dir, "march.csv", rows.toString());

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Preview of march.csv");
    assertThat(browser.text(By.id("format"))).isEqualTo("Recoup's own columns");
    assertThat(browser.text(By.id("total-rows"))).isEqualTo("401");
    assertThat(browser.text(By.id("refused-rows"))).isEqualTo("1");
    assertThat(browser.text(By.cssSelector("#preview-errors tbody tr")))
        .isEqualTo("3 due_date 2026-09-01 due date 2026-09-01 is before issue date 2026-09-05");
    assertThat(browser.driver().findElements(By.cssSelector("#preview-rows tbody tr"))).hasSize(20);
    assertThat(browser.text(By.cssSelector("#preview-rows tbody tr:nth-child(1)")))
        .isEqualTo("2 BRW-1 Acme GmbH EUR 1,250.00 EUR 0.00 2026-09-01 2030-10-01");
    assertThat(browser.text(By.cssSelector("#preview-rows tbody tr:nth-child(2)")))
        .startsWith("3 BRW-2 Acme GmbH Refused: due date");
    assertThat(browser.text(By.cssSelector("#preview-rows tbody tr:nth-child(3)")))
        .contains("GBP 99.90");
    assertThat(browser.text(By.id("column-mapping")))
        .contains("invoice number invoice_number", "due date due_date");
    assertThat(ledger.invoicesNumbered("BRW-")).as("nothing imported before commit").isZero();
    browser.screenshot("import-preview");
    assertFitsPhone("import-preview-phone");

    String commit = browser.driver().findElement(By.id("commit-form")).getAttribute("action");
    var token = browser.driver().findElement(By.cssSelector("#commit-form input[type=hidden]"));
    String tokenName = token.getAttribute("name");
    String tokenValue = token.getAttribute("value");
    browser.navigate(By.cssSelector("#commit-form button"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import of march.csv");
    // a row per transaction: the page comes back while the import still runs, and only polling
    // brings the result in
    assertThat(browser.driver().findElements(By.cssSelector("#import-status[hx-get]")))
        .as("the page polls while the import runs")
        .hasSize(1);
    browser.screenshot("import-progress");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));

    assertThat(browser.driver().findElement(By.id("import-progress")).getAttribute("value"))
        .isEqualTo("100");
    assertThat(browser.text(By.id("progress-text")))
        .isEqualTo("401 of 401 rows · 401 batches written");
    assertThat(browser.text(By.id("format"))).isEqualTo("Recoup's own columns");
    assertThat(browser.text(By.id("imported"))).isEqualTo("400");
    assertThat(browser.text(By.id("rejected"))).isEqualTo("1");
    assertThat(browser.text(By.cssSelector("#row-errors tbody tr")))
        .startsWith("3 due_date")
        .contains("before");
    assertThat(ledger.invoicesNumbered("BRW-")).isEqualTo(GOOD_ROWS);
    browser.screenshot("import-report");
    assertFitsPhone("import-report-phone");

    String href = browser.driver().findElement(By.id("errors-download")).getAttribute("href");
    assertThat(fetch(href).lines())
        .containsExactly(
            "line,field,value,message,invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone",
            "3,due_date,2026-09-01,due date 2026-09-01 is before issue date 2026-09-05,"
                + "BRW-2,Acme GmbH,ap@acme.example,,EUR,300.00,0,2026-09-05,2026-09-01,PO-7,Europe/Berlin");
    awaitNothingStaged();
    assertThat(post(commit, tokenName, tokenValue))
        .as("a second commit of the same upload")
        .isEqualTo(404);
    assertThat(ledger.invoicesNumbered("BRW-")).isEqualTo(GOOD_ROWS);
  }

  @Test
  void aCancelledUploadLeavesTheLedgerAsItWas(@TempDir Path dir) throws Exception {
    upload(
        dir,
        "april.csv",
        HEADER
            + "CAN-1,Cancel Co,ap@cancel.example,,EUR,10.00,0,2026-09-01,2030-10-01,,Europe/Berlin\n");
    assertThat(browser.text(By.id("total-rows"))).isEqualTo("1");
    String preview = browser.driver().getCurrentUrl();
    try (Browser colleague = new Browser(port).logIn(OTHER_COLLECTOR, OTHER_PASSWORD)) {
      colleague.driver().get(preview);
      assertThat(colleague.driver().findElements(By.id("commit-form")))
          .as("someone else's upload stays theirs")
          .isEmpty();
      assertThat(colleague.text(By.id("failure"))).startsWith("No upload is waiting");
    }

    browser.navigate(By.cssSelector("#cancel-form button"));

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import invoices");
    assertThat(ledger.invoicesNumbered("CAN-")).isZero();
    assertThat(ledger.customersNamed("Cancel Co")).isZero();
    awaitNothingStaged();
    browser.driver().get(preview);
    assertThat(browser.text(By.id("failure"))).startsWith("No upload is waiting");
  }

  @Test
  void theDateOrderChosenOnUploadHoldsForPreviewAndImport(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("us-xero.csv");
    Files.writeString(
        csv,
        "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,Currency,Status\n"
            + "Yankee Co,USX-1,10/26/2026,11/25/2026,80.00,0.00,USD,Awaiting Payment\n");
    browser.open("/imports");
    browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
    new Select(browser.driver().findElement(By.id("dates"))).selectByValue("month-first");
    browser.navigate(By.cssSelector("#upload-form button"));

    assertThat(browser.text(By.id("refused-rows"))).isEqualTo("0");
    assertThat(browser.text(By.cssSelector("#preview-rows tbody tr:nth-child(1)")))
        .endsWith("2026-10-26 2026-11-25");
    browser.navigate(By.cssSelector("#commit-form button"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));

    assertThat(browser.text(By.id("imported"))).isEqualTo("1");
    assertThat(ledger.invoice("USX-1").get("due_date"))
        .isEqualTo(java.sql.Date.valueOf(java.time.LocalDate.of(2026, 11, 25)));
  }

  @Test
  void aFileThatCannotBeReadSaysWhyAndOffersNoCommit(@TempDir Path dir) throws Exception {
    upload(dir, "semicolons.csv", "invoice_number;customer;total\nX-1;Acme;10\n");

    assertThat(browser.text(By.id("failure")))
        .contains("separated by ';'", "Export it as CSV with commas");
    assertThat(browser.driver().findElements(By.id("commit-form"))).isEmpty();
    awaitNothingStaged();
  }

  private void upload(Path dir, String name, String content) throws IOException {
    Path csv = dir.resolve(name);
    Files.writeString(csv, content);
    browser.open("/imports");
    browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
    browser.navigate(By.cssSelector("#upload-form button"));
  }

  private void assertFitsPhone(String screenshot) {
    browser.phone(true);
    try {
      assertThat(browser.fitsWidth()).as(screenshot + " fits a phone").isTrue();
      browser.screenshot(screenshot);
    } finally {
      browser.phone(false);
    }
  }

  /** Fetches a link the way the browser would follow it: with the logged-in session. */
  private String fetch(String url) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done);",
                url);
  }

  /** Posts a form field from the browser, with its session, and answers the status. */
  private long post(String url, String name, String value) {
    return (Long)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST', body: new URLSearchParams({[arguments[1]]: arguments[2]})})"
                    + ".then(r => done(r.status));",
                url,
                name,
                value);
  }

  private void awaitNothingStaged() throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (staged() > 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(staged()).as("uploads left staged").isZero();
  }

  private long staged() {
    return jdbc.sql("select count(*) from staged_upload").query(Long.class).single();
  }
}
