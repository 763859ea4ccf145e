package app.recoup.ledger.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process and outlives a Recoup killed with SIGKILL (an OOM
 * kill, a container's hard stop, an IDE's stop button). Only called while holding the folder's
 * {@link DataDirectoryLock}, so any postmaster found serving the folder was left by a dead Recoup:
 * it is asked to shut down (smart shutdown; the dead Recoup's connections are already gone), and
 * PostgreSQL's own recovery does the rest on the next start.
 */
final class OrphanedPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

  private OrphanedPostmaster() {}

  static void stopIfRunning(Path dataDirectory, Duration patience) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
    if (lines.size() < 2 || lines.get(0).isBlank()) {
      return;
    }
    long pid = Long.parseLong(lines.get(0).trim());
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return; // PostgreSQL replaces a lock file whose process is gone by itself
    }
    if (!servesDirectory(process.get(), Path.of(lines.get(1).trim()), dataDirectory)) {
      return; // a PID reused after a machine restart: not ours to stop, and PostgreSQL sees past it
    }
    log.warn(
        "Stopping PostgreSQL (PID {}) left running on {} by a Recoup that is no longer running",
        pid,
        dataDirectory);
    process.get().destroy();
    try {
      process.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new LocalDataDirectoryException(
          "PostgreSQL (PID "
              + pid
              + ") left running on "
              + dataDirectory
              + " by a Recoup that is no longer"
              + " running did not shut down within "
              + patience.toSeconds()
              + " s (a session still connected?).",
          "Stop it with a fast shutdown (kill -INT " + pid + "), then start Recoup again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while PostgreSQL (PID " + pid + ") shut down", e);
    } catch (ExecutionException e) {
      throw new IOException(e);
    }
    log.info("PostgreSQL (PID {}) has shut down; starting it again on {}", pid, dataDirectory);
  }

  /** A postmaster works in its data directory: its working directory says which one it serves. */
  private static boolean servesDirectory(ProcessHandle process, Path recorded, Path dataDirectory)
      throws IOException {
    boolean isPostgres =
        process
            .info()
            .command()
            .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
            .orElse(false);
    Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
    Path served = Files.isDirectory(workingDirectory) ? workingDirectory : recorded;
    return isPostgres && Files.exists(served) && Files.isSameFile(served, dataDirectory);
  }
}
