package app.recoup.web.backup;

import app.recoup.ledger.backup.BackupWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups kept in a folder on this machine: each written under a temporary name and renamed when
 * complete (a crash mid-way leaves no half file that looks whole), the oldest removed beyond {@code
 * keep}. Names sort by the time they were taken.
 */
class BackupFiles {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final String PREFIX = "recoup-backup-";

  private final BackupWriter writer;
  private final Clock clock;
  private final Path directory;
  private final int keep;

  BackupFiles(BackupWriter writer, Clock clock, Path directory, int keep) {
    this.writer = writer;
    this.clock = clock;
    this.directory = directory;
    this.keep = keep;
  }

  static String name(Instant takenAt) {
    return PREFIX + STAMP.format(takenAt) + ".zip";
  }

  /** Writes a backup now, then removes the oldest beyond {@code keep}; answers the new file. */
  Path backUpNow() throws IOException, SQLException {
    Files.createDirectories(directory);
    Instant takenAt = clock.instant();
    Path file = directory.resolve(name(takenAt));
    Path partial = directory.resolve(file.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      writer.write(out, takenAt);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    removeBeyondKeep();
    return file;
  }

  static List<Path> kept(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().startsWith(PREFIX)
                      && f.getFileName().toString().endsWith(".zip"))
          .sorted()
          .toList();
    }
  }

  private void removeBeyondKeep() throws IOException {
    List<Path> all = kept(directory);
    for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
      Files.delete(old);
    }
  }
}
