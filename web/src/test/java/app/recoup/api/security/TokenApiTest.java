package app.recoup.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.Role;
import app.recoup.web.browser.RunningApplicationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person's own API tokens over the JSON API: the secret shown once, revoked for good. */
class TokenApiTest extends RunningApplicationTest {

  private String viewer;
  private String other;

  @BeforeAll
  void people() {
    viewer = person("token-viewer@example.com", Role.VIEWER);
    other = person("token-other@example.com", Role.COLLECTOR);
  }

  @Test
  void aViewerMakesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
    HttpResponse<String> created = call("POST", "/api/tokens", viewer, "{\"name\": \" CI \"}");
    assertThat(created.statusCode()).isEqualTo(201);
    String token = JsonPath.read(created.body(), "$.token");
    int id = JsonPath.read(created.body(), "$.id");
    assertThat(token).startsWith("rcp_");
    assertThat(JsonPath.<String>read(created.body(), "$.name")).isEqualTo("CI");

    HttpResponse<String> listed = call("GET", "/api/tokens", "Bearer " + token, null);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(token);
    List<Integer> ids = JsonPath.read(listed.body(), "$[*].id");
    assertThat(ids).contains(id);

    assertThat(call("POST", "/api/tokens/" + id + "/revoke", other, null).statusCode())
        .isEqualTo(404);
    assertThat(call("POST", "/api/tokens/" + id + "/revoke", viewer, null).statusCode())
        .isEqualTo(204);
    assertThat(call("GET", "/api/tokens", "Bearer " + token, null).statusCode()).isEqualTo(401);
    HttpResponse<String> again = call("POST", "/api/tokens/" + id + "/revoke", viewer, null);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void aTokenNeedsAName() throws Exception {
    HttpResponse<String> refused = call("POST", "/api/tokens", viewer, "{\"name\": \"  \"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JsonPath.<String>read(refused.body(), "$.errors[0].field")).isEqualTo("name");
    assertThat(JsonPath.<String>read(refused.body(), "$.errors[0].message"))
        .isEqualTo("Name the token (1 to 80 characters), e.g. \"CI\".");
  }
}
