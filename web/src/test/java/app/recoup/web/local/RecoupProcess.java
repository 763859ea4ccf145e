package app.recoup.web.local;

import app.recoup.web.RecoupApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Recoup as a user runs it: its own JVM with the application's classpath (not the tests' settings),
 * the local profile, and a working folder. Its output goes to a file shown when a test fails.
 */
final class RecoupProcess {

  static final String ADMIN = "admin@local.test";
  static final String PASSWORD = "local-secret";

  private static final Duration BOOT_PATIENCE = Duration.ofMinutes(4);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final Path log;
  private final int port;

  private RecoupProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static RecoupProcess start(Path workingFolder, String name, String... settings)
      throws IOException {
    int port = freePort();
    Path log = workingFolder.resolve(name + ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                applicationClasspath(),
                RecoupApplication.class.getName(),
                "--server.port=" + port,
                "--recoup.admin.email=" + ADMIN,
                "--recoup.admin.password=" + PASSWORD));
    command.addAll(List.of(settings));
    Process process =
        new ProcessBuilder(command)
            .directory(workingFolder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new RecoupProcess(process, log, port);
  }

  /** The classpath this test runs on, less the test classes and their settings. */
  private static String applicationClasspath() {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  long pid() {
    return process.pid();
  }

  /**
   * Waits until health answers UP; fails with the process's output if it dies or never gets there.
   */
  RecoupProcess awaitUp() throws Exception {
    long deadline = System.nanoTime() + BOOT_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Recoup exited with " + process.exitValue() + ":\n" + output());
      }
      try {
        HttpResponse<String> health = get("/actuator/health");
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Recoup was not up after " + BOOT_PATIENCE + ":\n" + output());
  }

  /** Waits for the process to end by itself, as a refused start does. */
  int awaitExit() throws Exception {
    if (!process.waitFor(BOOT_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("Recoup did not stop by itself:\n" + output());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: what an OOM kill, a container's hard stop or an IDE's stop button does. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: Spring closes the context and the database shuts down cleanly. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
  }

  String output() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(asAdmin(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        asAdmin(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder asAdmin(String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }
}
