package app.recoup.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=importer@example.com",
      "recoup.admin.password=browser-secret"
    })
class ImportPageBrowserTest {

  @LocalServerPort int port;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser(port).logIn("importer@example.com", "browser-secret");
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  @Test
  void anUploadedFileShowsWhatWasKeptAndWhichLinesWereRefused(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("march.csv");
    Files.writeString(
        csv,
        """
        invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone
        BRW-1,Acme GmbH,ap@acme.example,,EUR,"1.250,00",0,2026-09-01,2026-10-01,,Europe/Berlin
        BRW-2,Acme GmbH,ap@acme.example,,EUR,300.00,0,2026-09-05,2026-09-01,,Europe/Berlin
        BRW-3,Blue Fin Ltd,ar@bluefin.example,,GBP,£99.90,0,2026-09-10,2026-10-10,,Europe/London
        """);
    browser.open("/");
    browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
    browser.navigate(By.cssSelector("form[action='/imports'] button"));

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import of march.csv");
    assertThat(browser.text(By.id("imported"))).isEqualTo("2");
    assertThat(browser.text(By.id("rejected"))).isEqualTo("1");
    assertThat(browser.text(By.cssSelector("#row-errors tbody tr")))
        .startsWith("3 due_date")
        .contains("before");
    browser.screenshot("import-report");
  }
}
