package app.recoup.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.queue.QueueData;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {
      "recoup.admin.email=tasks-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class TasksAndCustomersBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwordEncoder;
  private long customerId;
  private Browser browser;

  @BeforeAll
  void data() {
    QueueData data = new QueueData(jdbc);
    customerId = data.customer("Northwind Traders", "wholesale");
    long caseId = data.caseOf(customerId, "TK-1", "900.00", 40, "OPEN", null);
    jdbc.sql(
            """
            insert into human_task (case_id, kind, title, due_at)
            values (:case, 'CALL', 'Call Northwind', now() - interval '1 day')
            """)
        .param("case", caseId)
        .update();
    users.save(
        AppUser.create(
            "colin@example.com", passwordEncoder.encode("colin-password"), Role.COLLECTOR));
    users.save(
        AppUser.create("vic@example.com", passwordEncoder.encode("viewer-password"), Role.VIEWER));
    browser = newBrowser().logIn("tasks-admin@example.com", "browser-secret");
  }

  @Test
  void aTaskIsAssignedThenCompletedAndTheDecisionLandsOnTheTimeline() {
    browser.open("/tasks");
    assertThat(browser.text(By.id("tasks"))).contains("Call Northwind", "TK-1", "overdue");
    browser.screenshot("tasks");

    new Select(browser.driver().findElement(By.cssSelector("select[id^=assignee-]")))
        .selectByVisibleText("colin@example.com");
    browser.navigate(By.cssSelector("#tasks form[action$='/assign'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]")))
        .contains("assigned to colin@example.com");

    skipBrowserValidation("#tasks form[action$='/complete']");
    browser.navigate(By.cssSelector("#tasks form[action$='/complete'] button"));
    assertThat(browser.text(By.cssSelector("#tasks [role=alert]"))).contains("Write the decision");

    browser
        .driver()
        .findElement(By.cssSelector("textarea[id^=decision-]"))
        .sendKeys("Called: they pay Friday");
    browser.navigate(By.cssSelector("#tasks form[action$='/complete'] button"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Done: Call Northwind");
    assertThat(browser.text(By.cssSelector(".empty"))).contains("No open task");

    browser.open("/cases/TK-1");
    assertThat(browser.text(By.id("timeline")))
        .contains(
            "task completed by tasks-admin@example.com", "Call Northwind: Called: they pay Friday");
  }

  @Test
  void aViewerReadsTasksAndCustomersButIsOfferedNoChange() throws Exception {
    try (Browser viewer = new Browser(port).logIn("vic@example.com", "viewer-password")) {
      viewer.open("/tasks");
      assertThat(viewer.text(By.id("tasks"))).contains("Call Northwind");
      assertThat(viewer.driver().findElements(By.cssSelector("#tasks form"))).isEmpty();
      viewer.open("/customers/" + customerId);
      assertThat(viewer.driver().findElement(By.id("timeZone")).isEnabled()).isFalse();
      assertThat(viewer.driver().findElements(By.cssSelector("#add-contact, #contacts form")))
          .isEmpty();
      viewer.screenshot("customer-viewer");
    }
    var refused =
        new Api(port)
            .send(
                "POST",
                "/customers/" + customerId + "?segment=vip",
                Api.basic("vic@example.com", "viewer-password"));
    assertThat(refused.statusCode()).isEqualTo(403);
    browser.open("/customers/" + customerId);
    assertThat(browser.driver().findElement(By.id("segment")).getAttribute("value"))
        .isEqualTo("wholesale");
  }

  @Test
  void customerSettingsAreCheckedThenSaved() {
    browser.open("/customers");
    browser.navigate(By.linkText("Northwind Traders"));
    assertThat(browser.text(By.id("invoices"))).contains("TK-1", "EUR 900.00", "open");

    browser.driver().findElement(By.id("timeZone")).clear();
    browser.driver().findElement(By.id("timeZone")).sendKeys("Mars/Olympus");
    browser.navigate(By.cssSelector("#customer-settings button"));
    assertThat(browser.text(By.id("timeZone-error"))).contains("Europe/Berlin");
    assertThat(browser.driver().findElement(By.id("timeZone")).getAttribute("value"))
        .isEqualTo("Mars/Olympus");
    browser.screenshot("customer-error");

    browser.driver().findElement(By.id("timeZone")).clear();
    browser.driver().findElement(By.id("timeZone")).sendKeys("Europe/Berlin");
    new Select(browser.driver().findElement(By.id("tone"))).selectByValue("FIRM");
    new Select(browser.driver().findElement(By.id("channel"))).selectByValue("WHATSAPP");
    browser.driver().findElement(By.name("excludedFromAutomation")).click();
    browser.navigate(By.cssSelector("#customer-settings button"));

    assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("Saved.");
    assertThat(
            jdbc.sql(
                    "select time_zone || ' ' || tone || ' ' || preferred_channel || ' ' || excluded_from_automation from customer where id = :id")
                .param("id", customerId)
                .query(String.class)
                .single())
        .isEqualTo("Europe/Berlin FIRM WHATSAPP true");
    browser.screenshot("customer");
  }

  @Test
  void contactsAreCheckedFieldByFieldAddedMadePrimaryChangedAndRemoved() {
    long contoso = new QueueData(jdbc).customer("Contoso Contacts", "retail");
    browser.open("/customers/" + contoso);
    assertThat(browser.text(By.cssSelector("[aria-labelledby=contacts-h] .empty")))
        .contains("No contact yet");

    browser.driver().findElement(By.cssSelector("#contact-new summary")).click();
    fillContact("new", "Ana Ruiz", "ana.example.com", "030 1234");
    skipBrowserValidation("#add-contact");
    browser.navigate(By.cssSelector("#add-contact button"));
    assertThat(browser.text(By.id("contact-new-email-error")))
        .isEqualTo("Write an email address such as ap@example.com.");
    assertThat(browser.text(By.id("contact-new-phone-error")))
        .contains("country code, such as +49 30 1234567");
    assertThat(browser.driver().findElement(By.id("contact-new-email")).getAttribute("value"))
        .isEqualTo("ana.example.com");
    assertThat(
            browser.driver().findElement(By.id("contact-new-email")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    browser.screenshot("customer-contact-error");

    fillContact("new", "Ana Ruiz", "ana@contoso.example", "+49 30 1234567");
    browser.navigate(By.cssSelector("#add-contact button"));
    assertThat(browser.text(By.cssSelector("#contacts-h ~ [role=status]")))
        .isEqualTo("Contact added.");
    assertThat(browser.text(By.id("contact-0"))).contains("primary");
    assertThat(browser.driver().findElement(By.id("contact-0-phone")).getAttribute("value"))
        .isEqualTo("+49301234567");
    jdbc.sql(
            "update customer_contact set email_bounced_at = now() where email = 'ana@contoso.example'")
        .update();

    browser.driver().findElement(By.cssSelector("#contact-new summary")).click();
    fillContact("new", "Ben Ops", "ben@contoso.example", "");
    browser.driver().findElement(By.cssSelector("#add-contact input[name=primary]")).click();
    browser.navigate(By.cssSelector("#add-contact button"));
    assertThat(browser.driver().findElement(By.id("contact-0-name")).getAttribute("value"))
        .isEqualTo("Ben Ops");
    assertThat(browser.text(By.id("contact-0"))).contains("primary");

    new Select(browser.driver().findElement(By.id("contact-1-reminders"))).selectByValue("CC");
    browser.navigate(By.cssSelector("#contact-1 form[action$='/reminders'] button"));
    assertThat(browser.text(By.cssSelector("#contacts-h ~ [role=status]")))
        .isEqualTo("Reminder recipients changed.");
    assertThat(
            jdbc.sql("select reminders from customer_contact where email = 'ana@contoso.example'")
                .query(String.class)
                .single())
        .isEqualTo("CC");
    browser.navigate(By.cssSelector("#contact-1 form[action$='/primary'] button"));
    assertThat(browser.text(By.cssSelector("#contacts-h ~ [role=status]")))
        .isEqualTo("Primary contact changed.");
    assertThat(browser.driver().findElement(By.id("contact-0-name")).getAttribute("value"))
        .isEqualTo("Ana Ruiz");
    browser.navigate(By.cssSelector("#contact-1 form[action$='/remove'] button"));
    assertThat(browser.driver().findElements(By.cssSelector("#contacts > li"))).hasSize(1);

    fillContact("0", "Ana Ruiz-Lopez", "ana@contoso.example", "+49 30 1234567");
    browser.navigate(By.cssSelector("#contact-0 form.contact button"));
    assertThat(browser.text(By.cssSelector("#contacts-h ~ [role=status]")))
        .isEqualTo("Contact saved.");

    fillContact("0", "Ana Ruiz-Lopez", "", "+49 30 1234567");
    skipBrowserValidation("#contact-0 form.contact");
    browser.navigate(By.cssSelector("#contact-0 form.contact button"));
    assertThat(browser.text(By.id("contact-0-email-error"))).contains("Reminders go by email");
    assertThat(
            jdbc.sql("select email from customer_contact where customer_id = :id")
                .param("id", contoso)
                .query(String.class)
                .list())
        .containsExactly("ana@contoso.example");

    fillContact("0", "Ana Ruiz-Lopez", "ana@contoso.example", "");
    browser.navigate(By.cssSelector("#contact-0 form.contact button"));
    new Select(browser.driver().findElement(By.id("channel"))).selectByValue("SMS");
    browser.navigate(By.cssSelector("#customer-settings button"));
    assertThat(browser.text(By.id("channel-error")))
        .contains("Reminders go by SMS: the primary contact needs a phone number");
    new Select(browser.driver().findElement(By.id("channel"))).selectByValue("WHATSAPP");
    browser.navigate(By.cssSelector("#customer-settings button"));
    assertThat(browser.text(By.id("channel-error")))
        .contains("Reminders go by WhatsApp: the primary contact needs a phone number");
    assertThat(browser.text(By.id("contact-0")))
        .as("the bounce survives every save")
        .contains("email bounced");
    assertThat(
            jdbc.sql(
                    "select action from audit_event where details like 'Contoso Contacts:%' order by id")
                .query(String.class)
                .list())
        .containsExactly(
            "CUSTOMER_CONTACT_ADDED",
            "CUSTOMER_CONTACT_ADDED",
            "CUSTOMER_CONTACT_REMINDERS_CHANGED",
            "CUSTOMER_PRIMARY_CONTACT_CHANGED",
            "CUSTOMER_CONTACT_REMOVED",
            "CUSTOMER_CONTACT_CHANGED",
            "CUSTOMER_CONTACT_CHANGED");

    browser.phone(true).open("/customers/" + contoso);
    assertThat(browser.fitsWidth()).isTrue();
    browser.screenshot("customer-contacts-phone");
    browser.phone(false);
  }

  private void fillContact(String row, String name, String email, String phone) {
    for (var field : Map.of("name", name, "email", email, "phone", phone).entrySet()) {
      var input = browser.driver().findElement(By.id("contact-" + row + "-" + field.getKey()));
      input.clear();
      input.sendKeys(field.getValue());
    }
  }

  private void skipBrowserValidation(String formSelector) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector(arguments[0]).noValidate = true", formSelector);
  }
}
