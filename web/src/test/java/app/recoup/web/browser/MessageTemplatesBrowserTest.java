package app.recoup.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.ApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class MessageTemplatesBrowserTest extends BrowserTest {

  static final String NEW_BODY =
      """
      Hi ${contact}, quick nudge from us: ${invoice} for ${amount} is still open.

      Pay in one tap: ${payLink}

      ${signOff}
      """;

  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwords;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    users.save(
        AppUser.create(
            "wording-collector@example.com", passwords.encode("collector-secret"), Role.COLLECTOR));
    browser = newBrowser().logIn(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);
  }

  @Test
  void anAdminRewordsTheFriendlyOverdueReminderAndDraftsUseIt() {
    browser.open("/admin/templates");
    browser.driver().findElement(By.linkText("friendly · overdue")).click();
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Wording: friendly · overdue");

    replace(By.id("body"), "Hi ${contact}, please pay ${invoice} for ${amount}.");
    browser.navigate(By.id("save"));
    assertThat(browser.text(By.id("body-error")))
        .isEqualTo("Leaves out the payment link (${payLink})");
    assertThat(browser.driver().findElement(By.id("body")).getDomProperty("value"))
        .contains("please pay");

    replace(By.id("body"), NEW_BODY);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("preview-text"), "/pay/INV-1042"));
    assertThat(browser.text(By.id("preview-text")))
        .as("the live preview, before saving")
        .startsWith("Hi Pat, quick nudge from us: INV-1042 for $1,312.50 is still open.");
    browser.screenshot("template-editor");

    browser.navigate(By.id("save"));
    assertThat(browser.text(By.id("notice"))).startsWith("Saved");
    assertThat(browser.text(By.cssSelector("#history tbody tr")))
        .contains(ApplicationTest.ADMIN, "edited");

    browser.open("/drafts/preview?tone=FRIENDLY&step=OVERDUE");
    assertThat(browser.text(By.tagName("pre"))).startsWith("Hi Pat, quick nudge from us");
    browser.open("/drafts/preview?tone=FIRM&step=OVERDUE");
    assertThat(browser.text(By.tagName("pre"))).startsWith("Dear Pat,");
  }

  @Test
  void eachLanguageHasItsOwnWordingAndPreviewAndEditingOneLeavesTheOthers() {
    browser.open("/admin/templates/neutral/due");
    assertThat(browser.text(By.cssSelector("#languages [aria-current]"))).isEqualTo("English");
    browser.driver().findElement(By.linkText("German")).click();
    assertThat(browser.text(By.cssSelector("#languages [aria-current]"))).isEqualTo("German");
    assertThat(value("subject")).isEqualTo("Heute fällig: Rechnung ${invoice}");
    assertThat(browser.text(By.id("preview-text")))
        .as("the sample reads as a German customer reads it")
        .contains("Offener Betrag: 1.312,50", "Fällig am:");

    replace(By.id("subject"), "Zahlung heute fällig: ${invoice}");
    browser.navigate(By.id("save"));
    assertThat(browser.text(By.id("notice")))
        .isEqualTo("Saved. New reminders in German use this wording.");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/templates/neutral/due/de");
    assertThat(value("subject")).isEqualTo("Zahlung heute fällig: ${invoice}");

    browser.driver().findElement(By.linkText("English")).click();
    assertThat(value("subject")).isEqualTo("Payment due today: invoice ${invoice}");
    assertThat(browser.driver().findElements(By.id("history"))).isEmpty();

    browser.open("/admin/templates/neutral/due/it");
    assertThat(browser.text(By.id("untranslated")))
        .isEqualTo(
            "No Italian wording yet: the form starts from the English one. Saving makes it the"
                + " Italian wording.");
    assertThat(value("subject")).isEqualTo("Payment due today: invoice ${invoice}");
  }

  @Test
  void onlyAdminsMayEditWording() throws Exception {
    assertThat(get("/admin/templates", "wording-collector@example.com", "collector-secret"))
        .isEqualTo(403);
    assertThat(
            get(
                "/admin/templates/friendly/overdue",
                "wording-collector@example.com",
                "collector-secret"))
        .isEqualTo(403);
    assertThat(get("/admin/templates", ApplicationTest.ADMIN, ApplicationTest.PASSWORD))
        .isEqualTo(200);
    assertThat(
            get(
                "/admin/templates/cheerful/overdue",
                ApplicationTest.ADMIN,
                ApplicationTest.PASSWORD))
        .isEqualTo(404);
  }

  private String value(String field) {
    return browser.driver().findElement(By.id(field)).getDomProperty("value");
  }

  private void replace(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  private int get(String path, String user, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials)
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
