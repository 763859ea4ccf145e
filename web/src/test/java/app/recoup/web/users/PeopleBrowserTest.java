package app.recoup.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
    properties = {
      "recoup.admin.email=people-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class PeopleBrowserTest extends BrowserTest {

  private Browser admin;

  @BeforeAll
  void startBrowser() {
    admin = newBrowser().logIn("people-admin@example.com", "browser-secret");
  }

  @Test
  void anAdminAddsAViewerWhoReadsButIsKeptOutOfAdministration() {
    admin.open("/admin/users");
    addPerson("not-an-email", "short", "VIEWER");
    assertThat(admin.text(By.id("email-error"))).contains("Enter an email address");
    assertThat(admin.text(By.id("password-error"))).contains("at least 12 characters");
    assertThat(admin.driver().findElement(By.id("email")).getAttribute("value"))
        .isEqualTo("not-an-email");
    admin.screenshot("users-errors");

    addPerson("vera@example.com", "vera-password-1", "VIEWER");
    assertThat(admin.text(By.cssSelector("[role=status]"))).contains("Created vera@example.com");
    assertThat(admin.text(By.id("users"))).contains("vera@example.com");
    admin.screenshot("users");

    try (Browser vera = new Browser(port).logIn("vera@example.com", "vera-password-1")) {
      assertThat(vera.text(By.tagName("h1"))).startsWith("Open cases");
      assertThat(vera.driver().findElements(By.linkText("Users"))).isEmpty();
      vera.open("/admin/users");
      assertThat(vera.driver().getPageSource()).doesNotContain("Add a person");
    }
  }

  @Test
  void aChangedRoleOrADisabledAccountTakesEffectOnTheOpenSession() {
    admin.open("/admin/users");
    addPerson("cora@example.com", "cora-password-1", "COLLECTOR");
    try (Browser cora = new Browser(port).logIn("cora@example.com", "cora-password-1")) {
      assertThat(cora.text(By.cssSelector("button.secondary"))).isEqualTo("Load demo data");

      admin.open("/admin/users");
      new Select(
              admin.driver().findElement(By.xpath("//tr[contains(., 'cora@example.com')]//select")))
          .selectByValue("VIEWER");
      admin.navigate(
          By.xpath("//tr[contains(., 'cora@example.com')]//button[text()='Change role']"));
      cora.navigate(By.cssSelector("button.secondary"));
      assertThat(cora.driver().getPageSource()).contains("403");

      admin.navigate(By.xpath("//tr[contains(., 'cora@example.com')]//button[text()='Disable']"));
      cora.open("/");
      assertThat(cora.driver().getCurrentUrl()).endsWith("/login");
    }
  }

  @Test
  void theLastAdminCannotDisableThemself() {
    admin.open("/admin/users");
    admin.navigate(
        By.xpath("//tr[contains(., 'people-admin@example.com')]//button[text()='Disable']"));
    assertThat(admin.text(By.cssSelector("#users [role=alert]"))).contains("last active admin");
  }

  @Test
  void aPersonalTokenIsShownOnceWorksAndStopsWhenRevoked() throws Exception {
    admin.open("/account");
    skipBrowserValidation("new-token-form");
    admin.navigate(By.cssSelector("#new-token-form button"));
    assertThat(admin.text(By.id("token-name-error"))).contains("Name the token");

    admin.driver().findElement(By.id("token-name")).sendKeys("CI");
    admin.navigate(By.cssSelector("#new-token-form button"));
    String token = admin.driver().findElement(By.id("new-token")).getAttribute("value");
    assertThat(token).startsWith("rcp_");
    admin.screenshot("account-token");
    assertThat(apiStatus(token)).isEqualTo(200);

    admin.open("/account");
    assertThat(admin.driver().findElements(By.id("new-token"))).isEmpty();
    admin.navigate(By.cssSelector("#tokens button[aria-label='Revoke CI']"));
    assertThat(admin.text(By.id("tokens"))).contains("revoked");
    assertThat(apiStatus(token)).isEqualTo(401);
  }

  @Test
  void theAuditLogExportNamesWhoDidWhat() throws Exception {
    admin.open("/admin/users");
    addPerson("audited@example.com", "audited-password", "COLLECTOR");
    admin.navigate(By.xpath("//tr[contains(., 'audited@example.com')]//button[text()='Disable']"));

    var csv =
        new Api(port)
            .get("/admin/audit.csv", Api.basic("people-admin@example.com", "browser-secret"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().findFirst())
        .hasValue("occurred_at,actor,action,invoice_number,details");
    assertThat(csv.body())
        .contains(",people-admin@example.com,USER_CREATED,,audited@example.com as COLLECTOR")
        .contains(",people-admin@example.com,USER_DISABLED,,audited@example.com");
    assertThat(
            new Api(port)
                .get("/admin/audit.csv", Api.basic("vera-not-admin@example.com", "x"))
                .statusCode())
        .isEqualTo(401);
  }

  private void addPerson(String email, String password, String role) {
    var driver = admin.driver();
    driver.findElement(By.id("email")).clear();
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    new Select(driver.findElement(By.id("role"))).selectByValue(role);
    skipBrowserValidation("new-user");
    admin.navigate(By.cssSelector("#new-user button"));
  }

  /** The browser's own checks would stop bad input before the server could explain it. */
  private void skipBrowserValidation(String formId) {
    ((JavascriptExecutor) admin.driver())
        .executeScript("document.getElementById(arguments[0]).noValidate = true", formId);
  }

  private int apiStatus(String token) throws Exception {
    return new Api(port).get("/api/payment-exceptions", "Bearer " + token).statusCode();
  }
}
