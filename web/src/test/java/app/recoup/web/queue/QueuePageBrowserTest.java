package app.recoup.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=queue-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class QueuePageBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Browser browser;

  @BeforeAll
  void casesAndBrowser() {
    QueueData data = new QueueData(jdbc);
    long acme = data.customer("Acme GmbH", "retail");
    long blue = data.customer("Blue Fin Ltd", "wholesale");
    for (int i = 1; i <= QueueController.PAGE_SIZE + 5; i++) {
      data.caseOf(acme, "A-%03d".formatted(i), "100.00", i, "OPEN", null);
    }
    data.reply(data.caseOf(blue, "B-REPLIED", "20.00", 75, "OPEN", "ana@example.com"));
    browser = new Browser(port).logIn("queue-admin@example.com", "browser-secret");
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  @Test
  void theQueueStartsWithTheCustomerWhoRepliedAndPagesOn() {
    browser.open("/");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#queue tbody tr"));
    assertThat(rows).hasSize(QueueController.PAGE_SIZE);
    assertThat(rows.get(0).getText()).startsWith("B-REPLIED").contains("replied", "Blue Fin Ltd");
    assertThat(rows.get(1).getText()).startsWith("A-055");
    browser.screenshot("queue");

    browser.navigate(By.id("next-page"));
    List<WebElement> next = browser.driver().findElements(By.cssSelector("#queue tbody tr"));
    assertThat(next).extracting(WebElement::getText).hasSize(6);
    assertThat(next.get(5).getText()).startsWith("A-001");
    assertThat(browser.driver().findElements(By.id("next-page"))).isEmpty();
  }

  @Test
  void theFilterFormNarrowsTheQueueAndKeepsItsChoices() {
    browser.open("/");
    new Select(browser.driver().findElement(By.id("bucket"))).selectByVisibleText("61-90");
    browser.navigate(By.cssSelector("#queue-filter button[type=submit]"));

    assertThat(browser.driver().getCurrentUrl()).contains("bucket=61-90");
    assertThat(browser.driver().findElements(By.cssSelector("#queue tbody tr")))
        .extracting(WebElement::getText)
        .hasSize(1)
        .allSatisfy(text -> assertThat(text).startsWith("B-REPLIED"));
    assertThat(new Select(browser.driver().findElement(By.id("bucket"))).getFirstSelectedOption().getText())
        .isEqualTo("61-90");

    browser.open("/?customer=nobody");
    assertThat(browser.text(By.cssSelector(".empty"))).contains("No case matches this filter");
  }

  @Test
  void aBadFilterIsExplainedNextToItsField() {
    browser.open("/?bucket=forever");
    assertThat(browser.text(By.id("bucket-error"))).contains("Choose current, 1-30");
    assertThat(browser.driver().findElements(By.id("queue"))).isEmpty();
    browser.screenshot("queue-bad-filter");
  }
}
