package app.recoup.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local PostgreSQL on a kept data directory, as a user running Recoup for real has it. */
class LocalPostgresTest {

  @TempDir Path workingFolder;

  private Process child;

  static LocalPostgres start(Path dataDirectory, boolean durable) throws IOException {
    return LocalPostgres.start(
        new EmbeddedPostgresProperties(
            true, dataDirectory.toString(), 0, 2, durable, Duration.ofMinutes(2)));
  }

  private Path dataDirectory() {
    return workingFolder.resolve("postgres");
  }

  @AfterEach
  void stopWhatTheTestLeftRunning() throws IOException {
    if (child != null) {
      child.destroyForcibly();
    }
    Path pidFile = dataDirectory().resolve("postmaster.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      ProcessHandle.of(pid)
          .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
          .ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void commitsAreDurableByDefault() throws Exception {
    try (LocalPostgres postgres = start(dataDirectory(), true)) {
      assertThat(setting(postgres, "fsync")).as("fsync").isEqualTo("on");
      assertThat(setting(postgres, "synchronous_commit")).as("synchronous_commit").isEqualTo("on");
    }
  }

  @Test
  void testsMayTradeDurabilityForSpeed() throws Exception {
    try (LocalPostgres postgres = start(dataDirectory(), false)) {
      assertThat(setting(postgres, "fsync")).isEqualTo("off");
      assertThat(setting(postgres, "synchronous_commit")).isEqualTo("off");
    }
  }

  @Test
  void aSecondStartOnTheSameFolderIsRefusedNamingTheFirstAndTouchesNothing() throws Exception {
    try (LocalPostgres first = start(dataDirectory(), false)) {
      execute(first, "create table kept (n int); insert into kept values (42)");
      List<String> pidFileBefore = Files.readAllLines(dataDirectory().resolve("postmaster.pid"));

      assertThatThrownBy(() -> start(dataDirectory(), false))
          .isInstanceOf(LocalDataDirectoryException.class)
          .hasMessageContaining("Another Recoup (PID " + ProcessHandle.current().pid())
          .hasMessageContaining(workingFolder.toString());

      assertThat(Files.readAllLines(dataDirectory().resolve("postmaster.pid")))
          .isEqualTo(pidFileBefore);
      assertThat(single(first, "select n from kept")).isEqualTo("42");
    }
  }

  @Test
  void aServerLeftRunningByAKilledRecoupIsStoppedAndTheDataIsThere() throws Exception {
    child = startKilledRecoup();
    awaitReady(child);
    long orphan =
        Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the killed Recoup's PostgreSQL outlives it, as in a real crash")
        .contains(true);

    try (LocalPostgres restarted = start(dataDirectory(), true)) {
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(single(restarted, "select count(*) from kept")).isEqualTo("1");
    }
  }

  @Test
  void aDataDirectoryOfAnotherMajorVersionIsRefusedWithTheWayToMoveIt() throws Exception {
    Files.createDirectories(dataDirectory());
    Files.writeString(dataDirectory().resolve("PG_VERSION"), "16\n");
    Files.writeString(dataDirectory().resolve("postgresql.conf"), "# made by PostgreSQL 16\n");

    assertThatThrownBy(() -> start(dataDirectory(), true))
        .isInstanceOf(LocalDataDirectoryException.class)
        .hasMessageContaining("holds a PostgreSQL 16 database; this Recoup runs PostgreSQL 17")
        .extracting(e -> ((LocalDataDirectoryException) e).action())
        .asString()
        .contains("take a backup", "restore");
    try (var files = Files.list(dataDirectory())) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("PG_VERSION", "postgresql.conf");
    }
  }

  private Process startKilledRecoup() throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            classpath,
            KilledRecoup.class.getName(),
            dataDirectory().toString())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's output until it is ready; the table it needs is made through it. */
  private void awaitReady(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.equals(KilledRecoup.READY)) {
        String port = Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(3).trim();
        try (Connection c =
                DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
            Statement s = c.createStatement()) {
          s.execute("create table kept (n int); insert into kept values (1)");
        }
        return;
      }
    }
    throw new AssertionError("the child never started its PostgreSQL:\n" + seen);
  }

  private static String setting(LocalPostgres postgres, String name) throws SQLException {
    return single(postgres, "show " + name);
  }

  private static void execute(LocalPostgres postgres, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String single(LocalPostgres postgres, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
