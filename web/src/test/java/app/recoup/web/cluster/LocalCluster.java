package app.recoup.web.cluster;

import app.recoup.web.RecoupApplication;
import io.temporal.testserver.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PostgreSQL and one port-bound Temporal server shared by several Recoup application contexts
 * in the prod profile, each with its own roles and HTTP port: replicas of a cluster in one JVM.
 */
final class LocalCluster implements AutoCloseable {

  static final String ADMIN = "ops@example.com";
  static final String PASSWORD = "cluster-secret";
  static final String SCRAPE_TOKEN = "scrape-token-for-prometheus";

  private final EmbeddedPostgres postgres;
  private final TestServer.PortBoundTestServer temporal;
  private final int temporalPort;
  private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

  LocalCluster() throws IOException {
    temporalPort = freePort();
    postgres = EmbeddedPostgres.builder().start();
    temporal = TestServer.createPortBoundServer(temporalPort);
  }

  ConfigurableApplicationContext start(String roles, String... more) {
    String[] args =
        Stream.concat(
                Stream.of(
                    "--server.port=0",
                    "--RECOUP_ROLES=" + roles,
                    "--RECOUP_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--RECOUP_DB_USER=postgres",
                    "--RECOUP_DB_PASSWORD=",
                    "--RECOUP_TEMPORAL_ADDRESS=127.0.0.1:" + temporalPort,
                    "--RECOUP_ADMIN_EMAIL=" + ADMIN,
                    "--RECOUP_ADMIN_PASSWORD=" + PASSWORD,
                    "--RECOUP_METRICS_SCRAPE_TOKEN=" + SCRAPE_TOKEN,
                    "--RECOUP_PORTAL_SECRET=cluster-portal-secret-of-32-characters"),
                Stream.of(more))
            .toArray(String[]::new);
    ConfigurableApplicationContext replica =
        new SpringApplicationBuilder(RecoupApplication.class).profiles("prod").run(args);
    replicas.add(replica);
    return replica;
  }

  DataSource database() {
    return postgres.getPostgresDatabase();
  }

  static URI uri(ConfigurableApplicationContext replica, String path) {
    return URI.create(
        "http://localhost:" + replica.getEnvironment().getProperty("local.server.port") + path);
  }

  static HttpResponse<String> get(ConfigurableApplicationContext replica, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(replica, path)).build());
  }

  static HttpResponse<String> asAdmin(
      ConfigurableApplicationContext replica, String method, String path)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(replica, path))
            .header("Authorization", basic(ADMIN, PASSWORD))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  static HttpResponse<String> withHeader(
      ConfigurableApplicationContext replica, String path, String authorization)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(replica, path)).header("Authorization", authorization).build());
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  @Override
  public void close() throws IOException {
    for (int i = replicas.size() - 1; i >= 0; i--) {
      replicas.get(i).close();
    }
    temporal.close();
    postgres.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
