package app.recoup.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.users.Role;
import app.recoup.web.browser.RunningApplicationTest;
import app.recoup.workflows.vocabulary.TaskKind;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Human tasks over the JSON API: listed, read, assigned and completed, refusals as problems. */
class TaskApiTest extends RunningApplicationTest {

  @Autowired HumanTasks tasks;
  private String viewer;

  @BeforeAll
  void people() {
    viewer = person("task-viewer@example.com", Role.VIEWER);
    person("task-gone@example.com", Role.COLLECTOR);
    users.save(users.findByEmail("task-gone@example.com").orElseThrow().withDisabled(true));
  }

  @Test
  void anOpenTaskIsListedByItsKindAssignedAndCompletedOnce() throws Exception {
    String title = "Email from nobody " + UUID.randomUUID();
    long id = tasks.open(null, TaskKind.EMAIL_UNMATCHED, title);

    HttpResponse<String> listed = call("GET", "/api/tasks?kind=email.unmatched", ADMIN, null);
    assertThat(listed.statusCode()).isEqualTo(200);
    List<String> titles = JsonPath.read(listed.body(), "$[*].title");
    assertThat(titles).contains(title);
    List<String> kinds = JsonPath.read(listed.body(), "$[*].kind");
    assertThat(kinds).containsOnly("email.unmatched");

    HttpResponse<String> assigned =
        call("POST", "/api/tasks/" + id + "/assign", ADMIN, "{\"assignee\": \"boss@example.com\"}");
    assertThat(assigned.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(assigned.body(), "$.assignee")).isEqualTo("boss@example.com");
    List<String> mine =
        JsonPath.read(call("GET", "/api/tasks?mine=true", ADMIN, null).body(), "$[*].title");
    assertThat(mine).contains(title);

    HttpResponse<String> done =
        call(
            "POST",
            "/api/tasks/" + id + "/complete",
            ADMIN,
            "{\"decision\": \"  Forwarded to sales.  \"}");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(done.body(), "$.status")).isEqualTo("DONE");
    assertThat(JsonPath.<String>read(done.body(), "$.decision")).isEqualTo("Forwarded to sales.");
    assertThat(JsonPath.<String>read(done.body(), "$.completedBy")).isEqualTo("boss@example.com");
    assertThat(
            JsonPath.<String>read(call("GET", "/api/tasks/" + id, ADMIN, null).body(), "$.status"))
        .isEqualTo("DONE");

    HttpResponse<String> again =
        call("POST", "/api/tasks/" + id + "/complete", ADMIN, "{\"decision\": \"twice\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JsonPath.<String>read(again.body(), "$.detail"))
        .isEqualTo("Someone already completed this task.");
    assertThat(call("POST", "/api/tasks/" + id + "/assign", ADMIN, "{}").statusCode())
        .isEqualTo(409);
  }

  @Test
  void wrongRequestsAreProblemsNamingTheField() throws Exception {
    long id = tasks.open(null, TaskKind.SMS_UNMATCHED, "SMS from nobody " + UUID.randomUUID());

    HttpResponse<String> blank =
        call("POST", "/api/tasks/" + id + "/complete", ADMIN, "{\"decision\": \" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JsonPath.<String>read(blank.body(), "$.errors[0].field")).isEqualTo("decision");
    assertThat(JsonPath.<String>read(blank.body(), "$.errors[0].message"))
        .isEqualTo("Write the decision (up to 2000 characters).");

    HttpResponse<String> gone =
        call(
            "POST",
            "/api/tasks/" + id + "/assign",
            ADMIN,
            "{\"assignee\": \"task-gone@example.com\"}");
    assertThat(gone.statusCode()).isEqualTo(422);
    assertThat(JsonPath.<String>read(gone.body(), "$.errors[0].field")).isEqualTo("assignee");

    HttpResponse<String> unknownKind = call("GET", "/api/tasks?kind=nonsense", ADMIN, null);
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(JsonPath.<String>read(unknownKind.body(), "$.errors[0].field")).isEqualTo("kind");

    HttpResponse<String> missing = call("GET", "/api/tasks/987654321", ADMIN, null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JsonPath.<String>read(missing.body(), "$.detail")).isEqualTo("No task 987654321");
    assertThat(
            call("POST", "/api/tasks/987654321/complete", ADMIN, "{\"decision\": \"x\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aViewerSeesTasksButCannotWorkThem() throws Exception {
    long id = tasks.open(null, TaskKind.EMAIL_UNREADABLE, "Unreadable " + UUID.randomUUID());

    assertThat(call("GET", "/api/tasks/" + id, viewer, null).statusCode()).isEqualTo(200);
    assertThat(
            call("POST", "/api/tasks/" + id + "/complete", viewer, "{\"decision\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            JsonPath.<String>read(call("GET", "/api/tasks/" + id, viewer, null).body(), "$.status"))
        .isEqualTo("OPEN");
  }
}
