package app.recoup.ledger.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A Recoup reduced to its database: starts the local PostgreSQL on a folder, says so, and waits to
 * be killed. Run as a child process, so that a SIGKILL leaves its postmaster behind as a real crash
 * does.
 */
public final class KilledRecoup {

  static final String READY = "postgres ready";

  private KilledRecoup() {}

  public static void main(String[] args) throws Exception {
    LocalPostgresTest.start(Path.of(args[0]), true);
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Duration.ofMinutes(10).toMillis());
  }
}
