package app.recoup.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {"recoup.admin.email=finance@example.com", "recoup.admin.password=browser-secret"})
class LoginPageBrowserTest extends BrowserTest {

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = newBrowser();
  }

  @Test
  void aWrongPasswordIsExplainedNextToTheForm() {
    browser.logIn("finance@example.com", "not-it");
    assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
    assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("do not match");
    browser.screenshot("login-error");
  }

  @Test
  void anEmptyInstallationOffersImportAndDemoData() {
    browser.logIn("finance@example.com", "browser-secret");
    assertThat(browser.text(By.tagName("h1"))).startsWith("Open cases");
    assertThat(browser.text(By.cssSelector(".empty"))).contains("No invoices yet");
    assertThat(browser.driver().findElement(By.id("file")).getAttribute("type")).isEqualTo("file");
    assertThat(browser.text(By.cssSelector("button.secondary"))).isEqualTo("Load demo data");
    browser.screenshot("cases-empty");
  }
}
