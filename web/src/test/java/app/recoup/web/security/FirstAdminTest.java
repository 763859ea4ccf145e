package app.recoup.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without RECOUP_ADMIN_PASSWORD an empty installation still gets an admin, told once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"recoup.database.embedded.data-directory=", "recoup.admin.password="})
class FirstAdminTest {

  @LocalServerPort int port;

  @Test
  void printsAGeneratedPasswordThatLogsIn(CapturedOutput output) throws Exception {
    Matcher printed =
        Pattern.compile("Log in as admin@localhost with password (\\S+)").matcher(output.getAll());
    assertThat(printed.find()).as("the generated password is printed").isTrue();
    String password = printed.group(1);
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);

    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(("admin@localhost:" + password).getBytes()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).contains("PostgreSQL");
  }
}
