package app.recoup.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {
      "recoup.admin.email=queue-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class QueuePageBrowserTest extends BrowserTest {

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
    browser = newBrowser().logIn("queue-admin@example.com", "browser-secret");
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
    assertThat(browser.driver().getCurrentUrl()).contains("after=");
    List<WebElement> next = browser.driver().findElements(By.cssSelector("#queue tbody tr"));
    assertThat(next).extracting(WebElement::getText).hasSize(6);
    assertThat(next.get(5).getText()).startsWith("A-001");
    assertThat(browser.driver().findElements(By.id("next-page"))).isEmpty();
  }

  @Test
  void changingTheFilterSwapsOnlyTheTableAndTheUrlFollows() {
    browser.open("/");
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    page.executeScript("document.querySelector('h1').dataset.marker = 'same page'");
    WebElement firstTable = browser.driver().findElement(By.id("queue"));

    new Select(browser.driver().findElement(By.id("bucket"))).selectByVisibleText("61-90");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.and(
                ExpectedConditions.stalenessOf(firstTable),
                ExpectedConditions.urlContains("bucket=61-90")));

    assertThat(browser.driver().findElements(By.cssSelector("#queue tbody tr")))
        .extracting(WebElement::getText)
        .hasSize(1)
        .allSatisfy(text -> assertThat(text).startsWith("B-REPLIED"));
    assertThat(page.executeScript("return document.querySelector('h1').dataset.marker"))
        .isEqualTo("same page");
    browser.screenshot("queue-filtered");

    String shared = browser.driver().getCurrentUrl();
    browser.driver().get(shared);
    assertThat(page.executeScript("return document.querySelector('h1').dataset.marker")).isNull();
    assertThat(browser.driver().findElements(By.cssSelector("#queue tbody tr"))).hasSize(1);
    assertThat(
            new Select(browser.driver().findElement(By.id("bucket")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("61-90");
    browser.phone(true);
    assertThat(browser.fitsWidth()).isTrue();
    browser.screenshot("queue-filtered-phone");
    browser.phone(false);

    browser.open("/?customer=nobody");
    assertThat(browser.text(By.cssSelector(".empty"))).contains("No case matches this filter");
  }

  @Test
  void withoutJavaScriptTheFilterLoadsTheWholePageAndHtmxGetsOnlyTheResults() throws Exception {
    String admin = Api.basic("queue-admin@example.com", "browser-secret");
    var whole = new Api(port).get("/?bucket=61-90", admin);
    assertThat(whole.body())
        .contains("<html", "id=\"queue-filter\"", "B-REPLIED")
        .doesNotContain("A-001");

    var results =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?bucket=61-90"))
                    .header("Authorization", admin)
                    .header("HX-Request", "true")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(results.statusCode()).isEqualTo(200);
    assertThat(String.join(",", results.headers().allValues("Vary"))).contains("HX-Request");
    assertThat(results.body())
        .contains("id=\"queue\"", "B-REPLIED")
        .doesNotContain("<html", "queue-filter", "A-001");
  }

  @Test
  void aBadFilterIsExplainedNextToItsField() {
    browser.open("/?bucket=forever");
    assertThat(browser.text(By.id("bucket-error"))).contains("Choose current, 1-30");
    assertThat(browser.driver().findElements(By.id("queue"))).isEmpty();
    browser.screenshot("queue-bad-filter");
  }
}
