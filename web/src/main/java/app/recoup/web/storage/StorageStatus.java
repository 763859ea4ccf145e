package app.recoup.web.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Whether Recoup can store what it is told: the database answers, and (when the database lives on
 * this machine) its disk has room. Checked in the background, so pages, health and webhooks read
 * the last answer without waiting on a database that is gone.
 */
@Component
public class StorageStatus {

  private static final long DATABASE_PATIENCE_SECONDS = 5;

  private final DataSource dataSource;
  private final Path dataDirectory;
  private final DataSize minFree;
  private volatile Optional<String> problem = Optional.empty();
  private volatile boolean databaseGone;

  StorageStatus(
      DataSource dataSource,
      @Value("${recoup.storage.path:}") String dataDirectory,
      @Value("${recoup.storage.min-free:512MB}") DataSize minFree) {
    this.dataSource = dataSource;
    this.dataDirectory =
        dataDirectory.isBlank() ? null : Path.of(dataDirectory).toAbsolutePath().normalize();
    this.minFree = minFree;
  }

  /** Why Recoup cannot store things right now; empty while it can. */
  public Optional<String> problem() {
    return problem;
  }

  /** Whether the database itself does not answer (not merely a disk running full). */
  public boolean databaseGone() {
    return databaseGone;
  }

  @Scheduled(fixedDelayString = "${recoup.storage.check-interval:15s}")
  public void check() {
    Optional<String> database = databaseProblem();
    databaseGone = database.isPresent();
    problem = database.or(this::diskProblem);
  }

  private Optional<String> databaseProblem() {
    CompletableFuture<Boolean> answer =
        CompletableFuture.supplyAsync(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return connection.isValid((int) DATABASE_PATIENCE_SECONDS);
              } catch (Exception e) {
                return false;
              }
            });
    try {
      return answer.get(DATABASE_PATIENCE_SECONDS, TimeUnit.SECONDS)
          ? Optional.empty()
          : Optional.of("The database does not answer.");
    } catch (TimeoutException e) {
      return Optional.of("The database did not answer within " + DATABASE_PATIENCE_SECONDS + " s.");
    } catch (Exception e) {
      return Optional.of("The database does not answer: " + e.getMessage());
    }
  }

  private Optional<String> diskProblem() {
    if (dataDirectory == null || !Files.exists(dataDirectory)) {
      return Optional.empty();
    }
    try {
      long free = Files.getFileStore(dataDirectory).getUsableSpace();
      if (free < minFree.toBytes()) {
        return Optional.of(
            "The disk holding "
                + dataDirectory
                + " is nearly full: "
                + DataSize.ofBytes(free).toMegabytes()
                + " MB free, below the "
                + minFree.toMegabytes()
                + " MB Recoup keeps in reserve.");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("Cannot read the free space of " + dataDirectory + ": " + e.getMessage());
    }
  }
}
