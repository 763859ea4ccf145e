package app.recoup.web.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Api;
import app.recoup.web.browser.Browser;
import app.recoup.web.browser.BrowserTest;
import app.recoup.web.cases.Eventually;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/** Settings, Webhooks in Chromium: register an endpoint, see its secret once, its log, replay. */
// PeopleBrowserTest's settings: the two share one application
@TestPropertySource(
    properties = {
      "recoup.admin.email=people-admin@example.com",
      "recoup.admin.password=browser-secret"
    })
class WebhookSettingsBrowserTest extends BrowserTest {

  private static final String PATH = "/hooks/catch/42/abc/";

  private final WireMockServer zapier =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private Browser admin;

  @BeforeAll
  void start() {
    zapier.start();
    zapier.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    admin = newBrowser().logIn("people-admin@example.com", "browser-secret");
  }

  @AfterAll
  void stop() {
    zapier.stop();
  }

  @Test
  void anAdminRegistersAnEndpointSeesItsSecretOnceAndReplaysADelivery() throws Exception {
    admin.open("/admin/users");
    admin.navigate(By.id("webhook-settings"));
    admin.driver().findElement(By.id("url")).sendKeys("ftp://zapier.example/in");
    admin.navigate(By.cssSelector("#new-endpoint button[type=submit]"));
    assertThat(admin.text(By.id("url-error")))
        .isEqualTo("must be an http:// or https:// URL with a host");
    assertThat(admin.text(By.id("eventTypes-error"))).isEqualTo("choose at least one event");
    assertThat(admin.driver().findElement(By.id("url")).getAttribute("value"))
        .isEqualTo("ftp://zapier.example/in");
    admin.screenshot("webhooks-errors");

    admin.driver().findElement(By.id("url")).clear();
    admin.driver().findElement(By.id("url")).sendKeys("http://localhost:" + zapier.port() + PATH);
    admin
        .driver()
        .findElement(By.cssSelector("input[name=eventTypes][value='case.opened']"))
        .click();
    admin.navigate(By.cssSelector("#new-endpoint button[type=submit]"));
    String secret = admin.text(By.cssSelector("#created-secret code"));
    assertThat(secret).startsWith("whsec_");
    String endpointPage = admin.driver().getCurrentUrl();

    new Api(port)
        .send(
            "POST", "/api/imports/sample", Api.basic("people-admin@example.com", "browser-secret"));
    Eventually.within(
        Duration.ofSeconds(30),
        "a case.opened at the endpoint",
        () -> !zapier.findAll(postRequestedFor(urlEqualTo(PATH))).isEmpty());
    Eventually.within(
        Duration.ofSeconds(30),
        "a delivery logged as delivered",
        () -> {
          admin.driver().navigate().refresh();
          return admin.text(By.id("deliveries")).contains("delivered");
        });
    assertThat(admin.driver().getPageSource()).as("the secret shown once").doesNotContain(secret);
    assertThat(admin.text(By.id("deliveries"))).contains("case.opened").contains("200");
    admin.screenshot("webhook-log");

    String firstId = admin.text(By.cssSelector("#deliveries tbody tr:last-child code"));
    admin.navigate(By.cssSelector("#deliveries tbody tr:last-child button"));
    assertThat(admin.text(By.cssSelector("[role=status]")))
        .contains("sent again under the same webhook-id");
    assertThat(admin.driver().getCurrentUrl()).isEqualTo(endpointPage);
    Eventually.within(
        Duration.ofSeconds(30),
        "the replay at the endpoint",
        () ->
            zapier.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                    .filter(request -> request.getHeader("webhook-id").equals(firstId))
                    .count()
                == 2);
  }
}
