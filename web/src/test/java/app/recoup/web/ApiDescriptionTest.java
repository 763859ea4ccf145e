package app.recoup.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.browser.Api;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description served to logged-in people is the one checked in as docs/openapi.json,
 * and the README's API table lists its routes. After changing a route, regenerate the file with
 * {@code ./mvnw -o -pl web -am verify -Dtest=ApiDescriptionTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drecoup.openapi.write} and review its diff.
 */
// the same application as PermissionsTest's, so the three share one cached context
@ApplicationTest
class ApiDescriptionTest {

  private static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");
  private static final String ADMIN = Api.basic(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);

  /** The file's layout: indented, properties sorted, so that its diffs are readable. */
  private static final JsonMapper LAYOUT =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  private static final Pattern ROUTE =
      Pattern.compile("`((?:GET|POST|PUT|PATCH|DELETE) /[^`\\s]*)`");

  @LocalServerPort int port;

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    return new Api(port).call("GET", path, authorization, null);
  }

  @Test
  void theServedDescriptionIsTheCheckedInOne() throws Exception {
    HttpResponse<String> served = get("/v3/api-docs", ADMIN);
    assertThat(served.statusCode()).isEqualTo(200);
    JsonNode code = LAYOUT.readTree(served.body());
    if (System.getProperty("recoup.openapi.write") != null) {
      Files.writeString(CHECKED_IN, LAYOUT.writeValueAsString(code) + "\n");
    }

    JsonNode file = LAYOUT.readTree(Files.readString(CHECKED_IN));
    List<String> differences = new ArrayList<>();
    differences("", code, file, differences);
    assertThat(differences)
        .as(
            "docs/openapi.json differs from the routes there; regenerate it (see this test's comment) and review the diff")
        .isEmpty();
  }

  /** Where the two differ, as JSON pointers; a whole subtree counts once. */
  private static void differences(String at, JsonNode code, JsonNode file, List<String> found) {
    if (code.isObject() && file.isObject()) {
      Set<String> names = new TreeSet<>(code.propertyNames());
      names.addAll(file.propertyNames());
      for (String name : names) {
        differences(
            at + "/" + name.replace("~", "~0").replace("/", "~1"),
            code.path(name),
            file.path(name),
            found);
      }
    } else if (!code.equals(file)) {
      found.add(at);
    }
  }

  @Test
  void theDescriptionNamesEveryResourceAndTheWebhooksAsSuch() throws Exception {
    JsonNode description = JsonMapper.shared().readTree(get("/v3/api-docs", ADMIN).body());

    assertThat(description.path("paths").propertyNames())
        .contains(
            "/api/cases/{invoiceNumber}",
            "/api/cases/{invoiceNumber}/pause",
            "/api/drafts",
            "/api/drafts/{id}/approve",
            "/api/cases/{invoiceNumber}/payments",
            "/api/cases/{invoiceNumber}/promises",
            "/api/cases/{invoiceNumber}/disputes",
            "/api/cases/{invoiceNumber}/disputes/{id}/resolve",
            "/api/policies/{name}",
            "/api/imports",
            "/api/payment-exceptions",
            "/webhooks/payments",
            "/webhooks/stripe");
    assertThat(description.path("paths").propertyNames())
        .doesNotContain(
            "/api/cases/{invoiceNumber}/promise",
            "/api/approvals",
            "/api/cases/{invoiceNumber}/touches/{step}/approve");
    JsonNode stripe = description.path("paths").path("/webhooks/stripe").path("post");
    assertThat(stripe.path("tags").get(0).asString()).isEqualTo("webhooks");
    assertThat(stripe.path("security")).as("webhooks need no login").isEmpty();
    assertThat(
            description
                .path("paths")
                .path("/api/customers/{id}/portal-links")
                .path("post")
                .path("tags")
                .get(0)
                .asString())
        .isEqualTo("customers");
  }

  @Test
  void theReadmesApiTableListsExactlyTheDescribedRoutes() throws Exception {
    JsonNode description = LAYOUT.readTree(Files.readString(CHECKED_IN));
    Set<String> described = new TreeSet<>();
    description
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(
                        method ->
                            described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("\n## API\n"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Set<String> listed = new TreeSet<>();
    section
        .lines()
        .filter(line -> line.startsWith("| "))
        .forEach(
            row -> {
              Matcher route = ROUTE.matcher(row);
              while (route.find()) {
                listed.add(route.group(1));
              }
            });

    assertThat(listed).as("README.md's API table against docs/openapi.json").isEqualTo(described);
  }

  @Test
  void onlyLoggedInPeopleSeeTheDescriptionAndItsPage() throws Exception {
    assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
    assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(401);

    HttpResponse<String> entry = get("/swagger-ui", ADMIN);
    assertThat(entry.statusCode()).isEqualTo(302);
    assertThat(entry.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/swagger-ui/index.html"));
    HttpResponse<String> page = get("/swagger-ui/index.html", ADMIN);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Swagger UI");
  }
}
