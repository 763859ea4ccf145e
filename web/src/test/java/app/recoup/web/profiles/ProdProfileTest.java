package app.recoup.web.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.RecoupApplication;
import io.temporal.testserver.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile brings nothing of its own: PostgreSQL and Temporal come from the environment. A
 * separately started PostgreSQL and a port-bound Temporal server stand in for the real ones.
 */
class ProdProfileTest {

  @Test
  void connectsToTheDatabaseAndTemporalNamedInTheEnvironment() throws Exception {
    int temporalPort = freePort();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        TestServer.PortBoundTestServer temporal = TestServer.createPortBoundServer(temporalPort);
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(RecoupApplication.class)
                .profiles("prod")
                .run(
                    "--server.port=0",
                    "--RECOUP_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--RECOUP_DB_USER=postgres",
                    "--RECOUP_DB_PASSWORD=",
                    "--RECOUP_TEMPORAL_ADDRESS=127.0.0.1:" + temporalPort,
                    "--RECOUP_ADMIN_EMAIL=ops@example.com",
                    "--RECOUP_ADMIN_PASSWORD=prod-secret",
                    "--RECOUP_PORTAL_SECRET=prod-portal-secret-of-32-characters")) {

      try (var connection = postgres.getPostgresDatabase().getConnection();
          ResultSet users =
              connection.createStatement().executeQuery("select email, role from app_user")) {
        assertThat(users.next()).as("schema migrated and admin created in that database").isTrue();
        assertThat(users.getString("email")).isEqualTo("ops@example.com");
      }

      String port = app.getEnvironment().getProperty("local.server.port");
      var health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/actuator/health"))
                      .header("Authorization", basic("ops@example.com", "prod-secret"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body())
          .contains("\"status\":\"UP\"", "\"temporal\":{\"details\"", "PostgreSQL");
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
