package app.recoup.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.ApplicationTest;
import app.recoup.web.browser.Api;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a program calling the API gets when it is wrong: an RFC 9457 problem, from a route that
 * refused its request as from a route that does not exist. Over real HTTP, since an unknown route
 * is answered by the error dispatch, which MockMvc does not make.
 */
// the same application as PermissionsTest's, so the three share one cached context
@ApplicationTest
class ApiProblemsTest {

  private static final String ADMIN = Api.basic(ApplicationTest.ADMIN, ApplicationTest.PASSWORD);

  @LocalServerPort int port;

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    return new Api(port).call(method, path, ADMIN, json);
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JsonMapper.shared().readTree(response.body());
    assertThat(problem.path("type").asString()).isEqualTo("about:blank");
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    return problem;
  }

  @Test
  void aRequestMissingAFieldIsAProblemNamingTheField() throws Exception {
    JsonNode problem = problem(send("POST", "/api/cases/INV-1/pause", "{}"), 400);

    assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
    assertThat(problem.path("detail").asString()).isEqualTo("reason is required");
    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("reason");
    assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("is required");
  }

  @Test
  void aPolicyWithWrongStepsNamesEachStepsField() throws Exception {
    JsonNode problem =
        problem(
            send(
                "PUT",
                "/api/policies/gentle",
                "{\"steps\": [{\"offsetDays\": 3, \"channel\": \"EMAIL\"}, {\"offsetDays\": 1, \"channel\": \"FAX\"}]}"),
            400);

    assertThat(problem.path("errors").findValuesAsString("field"))
        .contains("steps[1].offsetDays", "steps[1].channel");
  }

  @Test
  void aBodyThatIsNotJsonIsAProblemSayingWhatShapeIsExpected() throws Exception {
    JsonNode problem =
        problem(send("POST", "/api/cases/INV-1/promises", "{\"date\": \"next week\"}"), 400);

    assertThat(problem.path("detail").asString())
        .startsWith("The request body is not valid JSON of the expected shape");
  }

  @Test
  void anUnknownRouteIsANotFoundProblemNamingIt() throws Exception {
    JsonNode problem = problem(send("GET", "/api/no-such-resource", null), 404);

    assertThat(problem.path("title").asString()).isEqualTo("Not Found");
    assertThat(problem.path("detail").asString())
        .isEqualTo("There is no route GET /api/no-such-resource");
    assertThat(problem.path("instance").asString()).isEqualTo("/api/no-such-resource");
  }

  @Test
  void theRemovedDuplicateRoutesAreNoRoutes() throws Exception {
    assertNoRoute("POST", "/api/cases/INV-1/promise", "{\"date\": \"2030-01-01\"}");
    assertNoRoute("POST", "/api/cases/INV-1/dispute", "{\"reason\": \"wrong\"}");
    assertNoRoute(
        "POST",
        "/api/cases/INV-1/resolve-dispute",
        "{\"disputeId\": \"x\", \"outcome\": \"REJECTED\"}");
    assertNoRoute("POST", "/api/cases/INV-1/touches/2/approve", null);
    assertNoRoute("POST", "/api/cases/INV-1/touches/2/skip", null);
    assertNoRoute("GET", "/api/approvals", null);
  }

  private void assertNoRoute(String method, String path, String json) throws Exception {
    assertThat(problem(send(method, path, json), 404).path("detail").asString())
        .isEqualTo("There is no route " + method + " " + path);
  }

  @Test
  void aWebhookRefusalIsAProblemToo() throws Exception {
    JsonNode problem = problem(new Api(port).call("POST", "/webhooks/payments", null, "{}"), 503);
    assertThat(problem.path("detail").asString())
        .isEqualTo("payment webhook secret not configured");
  }
}
