package app.recoup.web.emailbrand;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.brand.EmailBrands;
import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings, Email in Chromium: bad logos and colours are refused beside their field, a good logo
 * and colour show in the sample reminder, and the statement switch is kept.
 */
class EmailSettingsBrowserTest extends BrowserTest {

  @Autowired EmailBrands brands;

  private Browser admin;
  private Path files;

  @BeforeAll
  void start() throws Exception {
    admin = newBrowser().logIn(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);
    files = Files.createTempDirectory("logos");
  }

  @AfterAll
  void backToTheDefaults() throws Exception {
    // the application is shared with other tests' emails
    brands.saveSettings("#1f6feb", false, "test");
    brands.removeLogo("test");
    try (var list = Files.list(files)) {
      for (Path file : list.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(files);
  }

  @Test
  void badLogosAreRefusedWithTheReasonAndAGoodOneShowsInTheSampleEmail() throws Exception {
    admin.open("/admin/users");
    admin.navigate(By.id("nav-email-settings"));

    upload("logo.png", "not an image at all".getBytes());
    assertThat(admin.text(By.id("logo-error")))
        .isEqualTo("logo.png is not a PNG, JPEG or GIF image.");
    assertThat(admin.driver().findElement(By.id("logo")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    upload("huge.png", LogoUploadTest.noise(400, 400));
    assertThat(admin.text(By.id("logo-error")))
        .matches(
            "huge\\.png is \\d+ KB; a logo may be at most 256 KB, because every email carries it\\.");
    admin.screenshot("email-settings-logo-refused");

    upload("acme.png", LogoUploadTest.image("png", 160, 48));
    assertThat(admin.text(By.cssSelector("[role=status]")))
        .isEqualTo("Logo saved. New emails show it.");
    assertThat(admin.driver().findElements(By.id("current-logo"))).hasSize(1);
    assertThat(sample()).contains("<img src=\"data:image/png;base64,");
  }

  @Test
  void aColourIsCheckedAndTheStatementSwitchIsKept() {
    admin.open("/settings/email");
    colour("red");
    admin.navigate(By.cssSelector("#email-settings button[type=submit]"));
    assertThat(admin.text(By.id("colour-error")))
        .isEqualTo("Colour must be a colour written #rrggbb, for example #1f6feb");

    colour("#AA3300");
    if (!admin.driver().findElement(By.id("attach-statement")).isSelected()) {
      admin.driver().findElement(By.id("attach-statement")).click();
    }
    admin.navigate(By.cssSelector("#email-settings button[type=submit]"));

    assertThat(admin.text(By.cssSelector("[role=status]")))
        .isEqualTo("Saved. New emails use these settings.");
    assertThat(admin.driver().findElement(By.id("colour")).getAttribute("value"))
        .isEqualTo("#aa3300");
    assertThat(admin.driver().findElement(By.id("attach-statement")).isSelected()).isTrue();
    assertThat(sample()).contains("border-top: 4px solid #aa3300");
    admin.screenshot("email-settings");

    admin.driver().findElement(By.id("attach-statement")).click();
    admin.navigate(By.cssSelector("#email-settings button[type=submit]"));
    assertThat(admin.driver().findElement(By.id("attach-statement")).isSelected()).isFalse();
  }

  private void upload(String name, byte[] content) throws Exception {
    Path file = files.resolve(name);
    Files.write(file, content);
    admin.driver().findElement(By.id("logo")).sendKeys(file.toString());
    admin.navigate(By.cssSelector("#logo-upload button[type=submit]"));
  }

  private void colour(String value) {
    var field = admin.driver().findElement(By.id("colour"));
    field.clear();
    field.sendKeys(value);
  }

  private String sample() {
    return admin.driver().findElement(By.id("sample")).getAttribute("srcdoc");
  }
}
