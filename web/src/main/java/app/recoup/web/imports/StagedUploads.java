package app.recoup.web.imports;

import app.recoup.api.imports.DateOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for their uploader to commit or cancel the import, kept on disk (never
 * in the session: a file may be as large as the upload limit). Each upload is a folder holding
 * the file and who uploaded it under what name; a folder left alone for {@code staged-for} is
 * swept away.
 */
@Component
class StagedUploads {

  private static final String CONTENT = "upload.csv";
  private static final String CLAIMED = "importing.csv";
  private static final String ABOUT = "upload.properties";

  private final Path directory;
  private final Duration keptFor;

  StagedUploads(
      @Value("${recoup.imports.staging-directory:${java.io.tmpdir}/recoup-staged-imports}")
          Path directory,
      @Value("${recoup.imports.staged-for:PT1H}") Duration keptFor) {
    this.directory = directory;
    this.keptFor = keptFor;
  }

  StagedUpload stage(InputStream content, String filename, String owner, DateOrder dateOrder)
      throws IOException {
    UUID id = UUID.randomUUID();
    Path folder = Files.createDirectories(directory.resolve(id.toString()));
    Files.copy(content, folder.resolve(CONTENT));
    StagedUpload staged = new StagedUpload(id, filename, owner, dateOrder, null);
    describe(folder, staged);
    return staged;
  }

  /** The upload still waiting, to the user who made it; no one else learns it exists. */
  Optional<StagedUpload> find(UUID id, String user) {
    return read(id, CONTENT).filter(staged -> user.equals(staged.owner()));
  }

  /**
   * The upload an import took and did not finish (the application stopped while it ran), while
   * it is kept ({@code staged-for} after it was taken).
   */
  Optional<StagedUpload> interrupted(UUID id) {
    return read(id, CLAIMED);
  }

  /** The file of an {@link #interrupted} upload, from its first row. */
  InputStream reopen(StagedUpload interrupted) throws IOException {
    return Files.newInputStream(directory.resolve(interrupted.id().toString()).resolve(CLAIMED));
  }

  private Optional<StagedUpload> read(UUID id, String file) {
    Path folder = directory.resolve(id.toString());
    Path about = folder.resolve(ABOUT);
    if (!Files.isRegularFile(about) || !Files.isRegularFile(folder.resolve(file))) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(about, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
    String rows = properties.getProperty("rows");
    return Optional.of(
        new StagedUpload(
            id,
            properties.getProperty("filename"),
            properties.getProperty("owner"),
            DateOrder.fromParameter(properties.getProperty("dates")),
            rows == null ? null : Integer.valueOf(rows)));
  }

  /** Keeps the row count of a preview, so the import's progress can be told against it. */
  StagedUpload counted(StagedUpload staged, int rows) {
    StagedUpload counted = new StagedUpload(
            staged.id(), staged.filename(), staged.owner(), staged.dateOrder(), rows);
    describe(directory.resolve(staged.id().toString()), counted);
    return counted;
  }

  InputStream open(StagedUpload staged) throws IOException {
    return Files.newInputStream(directory.resolve(staged.id().toString()).resolve(CONTENT));
  }

  /**
   * Takes the upload out of waiting, once: a second commit (a double click) finds nothing. The
   * file stays readable to the end even if it is swept meanwhile (an open file outlives its
   * deletion).
   *
   * @throws NoSuchFileException when it was claimed, cancelled or swept already
   */
  InputStream claim(StagedUpload staged) throws IOException {
    Path folder = directory.resolve(staged.id().toString());
    Path claimed =
        Files.move(folder.resolve(CONTENT), folder.resolve(CLAIMED), StandardCopyOption.ATOMIC_MOVE);
    return Files.newInputStream(claimed);
  }

  void discard(UUID id) {
    delete(directory.resolve(id.toString()));
  }

  @Scheduled(fixedDelayString = "${recoup.imports.staging-sweep:PT5M}")
  void sweep() {
    if (!Files.isDirectory(directory)) {
      return;
    }
    Instant before = Instant.now().minus(keptFor);
    try (Stream<Path> folders = Files.list(directory)) {
      folders.filter(folder -> modified(folder).isBefore(before)).forEach(StagedUploads::delete);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void describe(Path folder, StagedUpload staged) {
    Properties properties = new Properties();
    properties.setProperty("owner", staged.owner());
    properties.setProperty("filename", staged.filename() == null ? "" : staged.filename());
    if (staged.dateOrder() != null) {
      properties.setProperty("dates", staged.dateOrder().value());
    }
    if (staged.rows() != null) {
      properties.setProperty("rows", staged.rows().toString());
    }
    try (Writer out = Files.newBufferedWriter(folder.resolve(ABOUT), StandardCharsets.UTF_8)) {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path folder) {
    try {
      return Files.getLastModifiedTime(folder).toInstant();
    } catch (IOException gone) {
      return Instant.MAX;
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(StagedUploads::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
