package app.recoup.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.users.Role;
import app.recoup.web.browser.Api;
import app.recoup.web.browser.RunningApplicationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts over the JSON API, for admins only, by the same rules as the admin page. */
class UserApiTest extends RunningApplicationTest {

  private String collector;

  @BeforeAll
  void people() {
    collector = person("users-collector@example.com", Role.COLLECTOR);
  }

  @Test
  void anAdminCreatesAnAccountThatLogsInThenChangesItsRoleAndDisablesIt() throws Exception {
    HttpResponse<String> created =
        call(
            "POST",
            "/api/users",
            ADMIN,
            "{\"email\": \" new-viewer@example.com \", \"password\": \""
                + PASSWORD
                + "\", \"role\": \"VIEWER\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("password");
    assertThat(JsonPath.<String>read(created.body(), "$.email"))
        .isEqualTo("new-viewer@example.com");
    int id = JsonPath.read(created.body(), "$.id");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/users/" + id);
    String viewer = Api.basic("new-viewer@example.com", PASSWORD);
    assertThat(call("GET", "/api/tasks", viewer, null).statusCode()).isEqualTo(200);

    HttpResponse<String> promoted =
        call("PUT", "/api/users/" + id + "/role", ADMIN, "{\"role\": \"COLLECTOR\"}");
    assertThat(promoted.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(promoted.body(), "$.role")).isEqualTo("COLLECTOR");

    HttpResponse<String> disabled = call("POST", "/api/users/" + id + "/disable", ADMIN, null);
    assertThat(JsonPath.<Boolean>read(disabled.body(), "$.disabled")).isTrue();
    assertThat(call("GET", "/api/tasks", viewer, null).statusCode()).isEqualTo(401);

    List<String> emails =
        JsonPath.read(call("GET", "/api/users", ADMIN, null).body(), "$[*].email");
    assertThat(emails).contains("boss@example.com", "new-viewer@example.com");
  }

  @Test
  void aWrongAccountIsRefusedFieldByField() throws Exception {
    HttpResponse<String> refused =
        call(
            "POST",
            "/api/users",
            ADMIN,
            "{\"email\": \"not-an-address\", \"password\": \"short\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    List<String> fields = JsonPath.read(refused.body(), "$.errors[*].field");
    assertThat(fields).containsExactly("email", "password", "role");
    assertThat(JsonPath.<String>read(refused.body(), "$.errors[1].message"))
        .isEqualTo("Use at least 12 characters.");

    HttpResponse<String> noRole = call("PUT", "/api/users/1/role", ADMIN, "{}");
    assertThat(noRole.statusCode()).isEqualTo(400);
    assertThat(JsonPath.<String>read(noRole.body(), "$.errors[0].field")).isEqualTo("role");
    assertThat(call("POST", "/api/users/987654321/disable", ADMIN, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theLastActiveAdminStaysAdmin() throws Exception {
    long boss = users.findByEmail("boss@example.com").orElseThrow().id();
    HttpResponse<String> refused = call("POST", "/api/users/" + boss + "/disable", ADMIN, null);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(JsonPath.<String>read(refused.body(), "$.detail"))
        .isEqualTo("boss@example.com is the last active admin and cannot be disabled.");
  }

  @Test
  void onlyAdminsSeeOrChangeAccounts() throws Exception {
    assertThat(call("GET", "/api/users", collector, null).statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/users", collector, "{}").statusCode()).isEqualTo(403);
  }
}
