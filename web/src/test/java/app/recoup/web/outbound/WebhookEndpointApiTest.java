package app.recoup.web.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.browser.Api;
import app.recoup.web.cases.Eventually;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook endpoints' API on the whole application: an n8n-style endpoint registered there
 * receives the cases that open, signed; its log and replay; refusals as problem details.
 */
// the same application as PermissionsTest's and ApiDescriptionTest's: one cached context
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=boss@example.com",
      "recoup.admin.password=admin-password-1"
    })
class WebhookEndpointApiTest {

  private static final String ADMIN = Api.basic("boss@example.com", "admin-password-1");
  private static final String PATH = "/webhook/recoup";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WireMockServer n8n =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final JsonMapper json = JsonMapper.shared();

  @LocalServerPort int port;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwordEncoder;

  @BeforeAll
  void start() {
    n8n.start();
    n8n.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    if (users.findByEmail("hooks-collector@example.com").isEmpty()) {
      users.save(
          AppUser.create(
              "hooks-collector@example.com",
              passwordEncoder.encode("long-enough-password"),
              Role.COLLECTOR));
    }
  }

  @AfterAll
  void stop() {
    n8n.stop();
  }

  @Test
  void aRegisteredEndpointReceivesSignedEventsWithALogAndReplay() throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "/api/webhook-endpoints",
            """
            {"url": "http://localhost:%d%s", "description": "n8n", "eventTypes": ["case.opened"]}
            """
                .formatted(n8n.port(), PATH));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = json.readTree(created.body());
    String secret = answer.get("secret").asString();
    long id = answer.get("endpoint").get("id").asLong();
    assertThat(secret).startsWith("whsec_");
    assertThat(call("GET", "/api/webhook-endpoints", null).body())
        .as("the secret is shown once")
        .contains("\"id\":" + id)
        .doesNotContain(secret);

    assertThat(call("POST", "/api/imports/sample", null).statusCode()).isEqualTo(201);
    Eventually.within(PATIENCE, "a case.opened delivered", () -> !received().isEmpty());

    LoggedRequest first = received().get(0);
    assertThat(json.readTree(first.getBodyAsString()).get("type").asString())
        .isEqualTo("case.opened");
    assertThat(first.getHeader("webhook-signature"))
        .isEqualTo(ReceivedSignature.expected(secret, first));

    JsonNode log =
        json.readTree(call("GET", "/api/webhook-endpoints/" + id + "/deliveries", null).body());
    JsonNode delivered = null;
    for (JsonNode line : log) {
      if (line.get("messageId").asString().equals(first.getHeader("webhook-id"))) {
        delivered = line;
      }
    }
    assertThat(delivered).as("the delivery in the endpoint's log").isNotNull();
    Eventually.within(
        PATIENCE,
        "the delivery logged as delivered",
        () -> deliveryStatus(id, first.getHeader("webhook-id")).equals("DELIVERED"));
    long deliveryId = delivered.get("id").asLong();

    int before = received().size();
    assertThat(
            call(
                    "POST",
                    "/api/webhook-endpoints/%d/deliveries/%d/replay".formatted(id, deliveryId),
                    null)
                .statusCode())
        .isEqualTo(202);
    Eventually.within(
        PATIENCE,
        "the replay sent under the same webhook-id",
        () ->
            received().stream()
                    .filter(
                        request ->
                            request.getHeader("webhook-id").equals(first.getHeader("webhook-id")))
                    .count()
                == 2);
    assertThat(received().size()).isGreaterThan(before);

    assertThat(call("DELETE", "/api/webhook-endpoints/" + id, null).statusCode()).isEqualTo(204);
    HttpResponse<String> gone = call("GET", "/api/webhook-endpoints/" + id, null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void aWrongEndpointIsRefusedAsAProblemNamingEachField() throws Exception {
    HttpResponse<String> refused =
        call(
            "POST",
            "/api/webhook-endpoints",
            """
            {"url": "ftp://example.com/in", "eventTypes": ["invoice.eaten"], "secret": "whsec_abc"}
            """);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.get("errors").findValuesAsString("field"))
        .containsExactly("url", "eventTypes", "secret");
    assertThat(problem.get("detail").asString()).contains("url must be an http:// or https:// URL");
  }

  @Test
  void onlyAnAdminManagesEndpoints() throws Exception {
    String collector = Api.basic("hooks-collector@example.com", "long-enough-password");
    HttpResponse<String> refused =
        new Api(port)
            .call(
                "POST",
                "/api/webhook-endpoints",
                collector,
                "{\"url\": \"https://example.com/in\", \"eventTypes\": [\"case.opened\"]}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new Api(port).call("GET", "/api/webhook-endpoints", collector, null).statusCode())
        .isEqualTo(403);
  }

  private String deliveryStatus(long endpoint, String messageId) {
    try {
      for (JsonNode line :
          json.readTree(
              call("GET", "/api/webhook-endpoints/" + endpoint + "/deliveries", null).body())) {
        if (line.get("messageId").asString().equals(messageId)) {
          return line.get("status").asString();
        }
      }
      return "";
    } catch (Exception unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private List<LoggedRequest> received() {
    return n8n.findAll(postRequestedFor(urlEqualTo(PATH)));
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    return new Api(port).call(method, path, ADMIN, body);
  }
}
