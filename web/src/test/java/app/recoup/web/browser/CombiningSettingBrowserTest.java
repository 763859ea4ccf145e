package app.recoup.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.correspondence.PolicyCombinings;
import app.recoup.ledger.policies.PolicyThanks;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The cadence page's settings for several invoices of one customer and for thanking customers who
 * paid, as an admin saves them.
 */
@TestPropertySource(
    properties = {
      "recoup.admin.email=cadence-admin@example.com",
      "recoup.admin.password=browser-secret",
      "recoup.process.calendar.opens=09:00",
      "recoup.process.calendar.closes=17:00",
      "recoup.process.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
      // the application's own default, which the other tests set to PER_INVOICE
      "recoup.combining.unset=PER_CUSTOMER"
    })
class CombiningSettingBrowserTest extends BrowserTest {

  @Autowired PolicyCombinings combinings;
  @Autowired PolicyThanks thanks;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = newBrowser().logIn("cadence-admin@example.com", "browser-secret");
  }

  @Test
  void anAdminMakesAPolicyCombineACustomersRemindersIntoOneMessage() {
    browser.open("/cadences/wholesale");
    assertThat(checked("input[name=mode][value=PER_CUSTOMER]"))
        .as("a policy without a setting on a new installation combines per customer")
        .isTrue();

    browser.driver().findElement(By.cssSelector("input[name=mode][value=PER_CUSTOMER]")).click();
    replace(By.id("windowMinutes"), "20000");
    browser.navigate(By.id("save-combining"));
    assertThat(browser.text(By.id("combining-error")))
        .contains("the wait must be 1 to 10080 minutes")
        .contains("(was 20000)");
    assertThat(combinings.find("wholesale")).isEmpty();

    browser.driver().findElement(By.cssSelector("input[name=mode][value=PER_CUSTOMER]")).click();
    replace(By.id("windowMinutes"), "90");
    browser.driver().findElement(By.cssSelector("input[name=alsoOpen]")).click();
    browser.navigate(By.id("save-combining"));

    assertThat(browser.text(By.id("notice"))).contains("one message per customer");
    assertThat(checked("input[name=mode][value=PER_CUSTOMER]")).isTrue();
    assertThat(browser.driver().findElement(By.id("windowMinutes")).getDomProperty("value"))
        .isEqualTo("90");
    assertThat(combinings.find("wholesale"))
        .contains(new PolicyCombinings.PolicyCombining(true, Duration.ofMinutes(90), true));
  }

  @Test
  void anAdminStopsAPolicyThankingCustomersWhoPaid() {
    browser.open("/cadences/retail");
    assertThat(checked("#thankWhenPaid")).as("a policy without a setting thanks").isTrue();

    browser.driver().findElement(By.id("thankWhenPaid")).click();
    browser.navigate(By.id("save-thanks"));

    assertThat(browser.text(By.id("notice"))).contains("no thank-you when an invoice is paid");
    assertThat(checked("#thankWhenPaid")).isFalse();
    assertThat(thanks.thankWhenPaid("retail")).isFalse();
  }

  private boolean checked(String css) {
    return browser.driver().findElement(By.cssSelector(css)).isSelected();
  }

  private void replace(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }
}
