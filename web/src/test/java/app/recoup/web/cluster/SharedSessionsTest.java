package app.recoup.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Behind a load balancer, the next request of a logged-in person may reach another replica. */
class SharedSessionsTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Test
  void aLoginThroughOneWebReplicaKeepsWorkingThroughAnother() throws Exception {
    try (LocalCluster cluster = new LocalCluster()) {
      ConfigurableApplicationContext first = cluster.start("web,worker");
      ConfigurableApplicationContext second = cluster.start("web");

      HttpResponse<String> loginPage = LocalCluster.get(first, "/login");
      String cookie = sessionCookie(loginPage);
      Matcher token = CSRF.matcher(loginPage.body());
      assertThat(token.find()).as("CSRF token on the login page").isTrue();
      String form =
          "username="
              + URLEncoder.encode(LocalCluster.ADMIN, StandardCharsets.UTF_8)
              + "&password="
              + LocalCluster.PASSWORD
              + "&_csrf="
              + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> login =
          LocalCluster.send(
              HttpRequest.newBuilder(LocalCluster.uri(first, "/login"))
                  .header("Cookie", cookie)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      assertThat(login.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
      String loggedIn =
          login.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);

      HttpResponse<String> elsewhere =
          LocalCluster.send(
              HttpRequest.newBuilder(LocalCluster.uri(second, "/account"))
                  .header("Cookie", loggedIn)
                  .build());
      assertThat(elsewhere.statusCode())
          .as("the second replica knows the session (not 401 as if logged out)")
          .isEqualTo(200);
      assertThat(elsewhere.body()).contains(LocalCluster.ADMIN);
    }
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }
}
