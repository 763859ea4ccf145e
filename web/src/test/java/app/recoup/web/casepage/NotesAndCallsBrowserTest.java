package app.recoup.web.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.queue.QueueData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A collector writes a note and logs calls on the case page (the same context as the case's). */
@TestPropertySource(
    properties = {
      "recoup.admin.email=case-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class NotesAndCallsBrowserTest extends BrowserTest {

  private static final String ADMIN = "case-admin@example.com";

  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  private Browser browser;
  private LocalDate customersToday;

  @BeforeAll
  void aCase() {
    QueueData data = new QueueData(jdbc);
    long customer = data.customer("Notes GmbH", "retail");
    data.caseOf(customer, "NC-1", "800.00", 12, "OPEN", null);
    ZoneId zone =
        ZoneId.of(
            jdbc.sql("select time_zone from customer where id = ?")
                .param(customer)
                .query(String.class)
                .single());
    customersToday = LocalDate.now(clock.withZone(zone));
    browser = newBrowser().logIn(ADMIN, "browser-secret");
  }

  private void fill(String id, String value) {
    WebElement field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private void script(String js, Object... arguments) {
    ((JavascriptExecutor) browser.driver()).executeScript(js, arguments);
  }

  @Test
  void aNoteIsListedWithItsAuthorAndOnTheTimeline() {
    browser.open("/cases/NC-1");
    fill("note-text", "Their AP clerk is back on Monday");
    browser.navigate(By.cssSelector("#note button"));

    assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Note added.");
    assertThat(browser.text(By.id("notes"))).contains(ADMIN + ": Their AP clerk is back on Monday");
    assertThat(browser.text(By.id("timeline")))
        .contains("note added by " + ADMIN, "Their AP clerk is back on Monday");
  }

  @Test
  void aPromisedCallBecomesAFollowUpTaskAndLeadsToThePromiseForm() {
    browser.open("/cases/NC-1");
    fill("call-contactName", "Ana Ruiz");
    fill("call-contactNumber", "+49 30 1234567");
    new Select(browser.driver().findElement(By.id("call-outcome"))).selectByVisibleText("promised");
    fill("call-summary", "Pays the balance on Friday");
    LocalDate friday = customersToday.plusDays(3);
    script(
        "arguments[0].value = arguments[1]",
        browser.driver().findElement(By.id("call-nextActionDate")),
        friday.toString());
    browser.navigate(By.cssSelector("#call button"));

    assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/NC-1#promise");
    assertThat(browser.text(By.cssSelector(".notice")))
        .isEqualTo("Call logged. Now record the promise: its date and amount.");
    assertThat(browser.text(By.id("calls")))
        .contains(
            ADMIN
                + " called Ana Ruiz (+49 30 1234567): promised. Pays the balance on Friday."
                + " Next action "
                + friday);
    assertThat(browser.text(By.id("tasks")))
        .contains("Follow up the call with Ana Ruiz (promised)", "(" + ADMIN + ")");
    assertThat(browser.text(By.id("timeline"))).contains("call logged by " + ADMIN);
    browser.screenshot("case-notes-and-calls");
  }

  @Test
  void aCallWithoutWhomItReachedIsRefusedNextToThatField() {
    browser.open("/cases/NC-1");
    // past the browser's own check, as a hand-made request would be
    script("document.getElementById('call-contactName').removeAttribute('required')");
    new Select(browser.driver().findElement(By.id("call-outcome")))
        .selectByVisibleText("no answer");
    browser.navigate(By.cssSelector("#call button"));

    assertThat(browser.text(By.id("call-contactName-error"))).isEqualTo("Required.");
    assertThat(browser.driver().findElement(By.id("call-contactName")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.driver().findElements(By.cssSelector("#calls li")))
        .noneMatch(call -> call.getText().contains("no answer"));
  }
}
