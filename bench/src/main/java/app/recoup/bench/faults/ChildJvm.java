package app.recoup.bench.faults;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A JVM of its own on the application's classpath, its output in a log file: what the harness kills
 * with SIGKILL and starts again.
 */
final class ChildJvm {

  private final List<String> command;
  private final Path log;
  private Process process;

  ChildJvm(Path log, String mainClass, List<String> arguments) {
    this(log, List.of("-cp", classpath(), mainClass), arguments);
  }

  /** The runnable jar itself, as production runs it. */
  static ChildJvm ofJar(Path log, Path jar, List<String> arguments) {
    return new ChildJvm(log, List.of("-jar", jar.toString()), arguments);
  }

  private ChildJvm(Path log, List<String> launch, List<String> arguments) {
    this.log = log;
    this.command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx512m"));
    this.command.addAll(launch);
    this.command.addAll(arguments);
  }

  void start() throws IOException {
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /** SIGKILL: no shutdown hook, no clean close of connections, as an OOM kill or a hard stop. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /**
   * The classpath the harness itself runs on: Maven's exec plugin loads it through a class loader
   * of its own, surefire names it in a property, a plain {@code java -cp} in {@code
   * java.class.path}. Test classes are left out so the child runs with the application's settings
   * only.
   */
  static String classpath() {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null && ChildJvm.class.getClassLoader() instanceof URLClassLoader loader) {
      classpath =
          Arrays.stream(loader.getURLs())
              .map(ChildJvm::file)
              .collect(Collectors.joining(File.pathSeparator));
    }
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String file(URL url) {
    try {
      return Path.of(url.toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
