package app.recoup.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=owner@example.com",
      "recoup.admin.password=correct horse battery"
    })
class AuthenticationTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void apiRefusesCallsWithoutCredentials() throws Exception {
    assertThat(get("/api/cases/INV-1", null).statusCode()).isEqualTo(401);
    assertThat(post("/api/imports", null, "invoice_number\n").statusCode()).isEqualTo(401);
  }

  @Test
  void apiRefusesAWrongPassword() throws Exception {
    var response = get("/api/cases/INV-1", basic("owner@example.com", "guess"));
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void apiAcceptsTheConfiguredAdminOverBasic() throws Exception {
    var response = get("/actuator/health", basic("owner@example.com", "correct horse battery"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"db\"", "\"temporal\"", "PostgreSQL");
  }

  @Test
  void healthIsPublicButHidesDetailsFromStrangers() throws Exception {
    var response = get("/actuator/health", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("PostgreSQL");
  }

  @Test
  void pagesSendStrangersToTheLoginForm() throws Exception {
    var request = HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void formLoginNeedsTheCsrfTokenAndThenOpensTheCaseList() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String loginPage =
        browser.send(HttpRequest.newBuilder(uri("/login")).build(), ofString()).body();
    String form = "username=owner%40example.com&password=correct+horse+battery";

    var forged = browser.send(formPost("/login", form), ofString());
    assertThat(forged.statusCode()).isEqualTo(403);

    var login =
        browser.send(formPost("/login", form + "&_csrf=" + csrfToken(loginPage)), ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    var home = browser.send(HttpRequest.newBuilder(uri("/")).build(), ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Open cases");
  }

  private static String csrfToken(String page) {
    Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).as("login page carries a CSRF token").isTrue();
    return matcher.group(1);
  }

  private HttpRequest formPost(String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    var builder = HttpRequest.newBuilder(uri(path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return http.send(builder.build(), ofString());
  }

  private HttpResponse<String> post(String path, String authorization, String csv)
      throws Exception {
    var builder =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return http.send(builder.build(), ofString());
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
