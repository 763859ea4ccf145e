package app.recoup.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {
      "recoup.admin.email=cadence-admin@example.com",
      "recoup.admin.password=browser-secret",
      // the production calendar, so the preview shows weekends skipped
      "recoup.process.calendar.opens=09:00",
      "recoup.process.calendar.closes=17:00",
      "recoup.process.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY"
    })
class CadenceEditorBrowserTest extends BrowserTest {

  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwords;
  @Autowired CadencePolicies policies;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    users.save(
        AppUser.create(
            "cadence-viewer@example.com", passwords.encode("viewer-secret"), Role.VIEWER));
    browser = newBrowser().logIn("cadence-admin@example.com", "browser-secret");
  }

  @Test
  void anAdminEditsASegmentsStepsSeesTheScheduleAndSavesANewVersion() {
    browser.open("/cadences/smb");
    assertThat(browser.text(By.id("version"))).startsWith("Not saved yet");
    replace(By.id("exampleDue"), "2026-03-20");
    browser.navigate(By.id("preview-button"));
    // -5 from Friday 20 March is a Sunday: the business calendar moves it to Monday's opening
    assertThat(browser.text(By.cssSelector("#preview tbody tr")))
        .contains("2026-03-16 Monday 09:00");

    replace(By.cssSelector("#step-2 input[name=offset]"), "-7");
    new Select(browser.driver().findElement(By.cssSelector("#step-7 select[name=channel]")))
        .selectByValue("SMS");
    new Select(browser.driver().findElement(By.cssSelector("#step-7 select[name=tone]")))
        .selectByValue("FIRM");
    new Select(browser.driver().findElement(By.cssSelector("#step-7 select[name=approval]")))
        .selectByValue("yes");
    new Select(browser.driver().findElement(By.cssSelector("#step-4 select[name=feeKind]")))
        .selectByValue("PERCENT_OF_BALANCE");
    replace(By.cssSelector("#step-4 input[name=feeValue]"), "250");
    browser.navigate(By.id("save"));

    assertThat(browser.text(By.id("error"))).startsWith("Not saved");
    assertThat(browser.text(By.id("step-2-offsetDays-error")))
        .isEqualTo("must be after the previous step's -5");
    assertThat(browser.text(By.id("step-4-fee-error")))
        .isEqualTo("a percentage or an annual rate is at most 100");
    assertThat(policies.find("smb")).isEmpty();

    replace(By.cssSelector("#step-2 input[name=offset]"), "0");
    replace(By.cssSelector("#step-4 input[name=feeValue]"), "2.5");
    replace(By.cssSelector("#step-8 input[name=offset]"), "45");
    browser.navigate(By.id("save"));

    assertThat(browser.text(By.id("notice")))
        .isEqualTo("Saved as version 1. On its way to 0 running cases.");
    assertThat(browser.text(By.id("version"))).startsWith("Version 1.");
    assertThat(browser.text(By.cssSelector("#preview tbody tr:nth-child(7)")))
        .contains("sms", "firm", "always");
    assertThat(browser.driver().findElements(By.cssSelector("#preview tbody tr"))).hasSize(8);
    browser.screenshot("cadence-editor");

    CadencePolicy saved = policies.find("smb").orElseThrow();
    assertThat(saved.offsets()).containsExactly(-5, 0, 3, 7, 14, 21, 30, 45);
    assertThat(saved.fees())
        .singleElement()
        .satisfies(fee -> assertThat(fee.offsetDays()).isEqualTo(7));
    assertThat(saved.messages().get(6))
        .isEqualTo(new CadencePolicy.StepMessage(30, "SMS", "FIRM", "BY_POSITION", true));

    browser.open("/cadences");
    assertThat(browser.driver().findElements(By.cssSelector("#policies tbody tr")))
        .extracting(WebElement::getText)
        .anySatisfy(row -> assertThat(row).startsWith("smb 1 -5, 0, +3, +7, +14, +21, +30, +45"));
  }

  @Test
  void anAdminMakesAStepACallForAPersonInsteadOfAMessage() {
    browser.open("/cadences/calls");
    new Select(browser.driver().findElement(By.cssSelector("#step-3 select[name=manualAction]")))
        .selectByValue("CALL");
    replace(By.cssSelector("#step-3 input[name=manualAssignee]"), "ana@example.com");
    replace(By.cssSelector("#step-3 input[name=manualDays]"), "99");
    browser.navigate(By.id("save"));

    assertThat(browser.text(By.id("step-3-manual-error")))
        .isEqualTo("the days to complete it lie between 1 and 60");
    assertThat(policies.find("calls")).isEmpty();

    replace(By.cssSelector("#step-3 input[name=manualDays]"), "2");
    browser.navigate(By.id("save"));

    assertThat(browser.text(By.id("notice"))).startsWith("Saved as version 1.");
    assertThat(browser.text(By.cssSelector("#preview tbody tr:nth-child(3)")))
        .contains("task: call");
    assertThat(policies.find("calls").orElseThrow().manualSteps())
        .containsExactly(new CadencePolicy.StepManual(3, "CALL", "ana@example.com", 2));
  }

  @Test
  void aViewerSeesTheCadenceButNoSaveAndCannotSave() throws Exception {
    HttpResponse<String> page = get("/cadences/default");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"preview\"").doesNotContain("id=\"save\"");
    assertThat(get("/cadences/not a name").statusCode()).isEqualTo(404);

    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(uri("/cadences/default"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("offset=1")));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(policies.findAll()).extracting(CadencePolicy::name).doesNotContain("default");
  }

  private void replace(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path.replace(" ", "%20"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                "cadence-viewer@example.com:viewer-secret".getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            request.header("Authorization", "Basic " + credentials).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
