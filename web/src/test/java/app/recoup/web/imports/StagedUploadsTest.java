package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedUploadsTest {

  @TempDir Path directory;

  private final String csv = "invoice_number,customer\nA-1,Acme\n";

  @Test
  void anUploadLeftAloneLongerThanItsTimeIsSweptAndAFreshOneStays() throws IOException {
    StagedUploads staging = new StagedUploads(directory, Duration.ofHours(1));
    StagedUpload old = staging.stage(content(), "old.csv", "ann", null);
    StagedUpload fresh = staging.stage(content(), "fresh.csv", "ann", null);
    Files.setLastModifiedTime(
        directory.resolve(old.id().toString()),
        FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));

    staging.sweep();

    assertThat(staging.find(old.id(), "ann")).isEmpty();
    assertThat(directory.resolve(old.id().toString())).doesNotExist();
    assertThat(staging.find(fresh.id(), "ann")).contains(fresh);
  }

  @Test
  void onlyItsUploaderFindsAnUploadAndItCanBeClaimedOnce() throws IOException {
    StagedUploads staging = new StagedUploads(directory, Duration.ofHours(1));
    StagedUpload staged = staging.stage(content(), "march.csv", "ann", null);

    assertThat(staging.find(staged.id(), "bob")).isEmpty();
    try (InputStream claimed = staging.claim(staged)) {
      assertThat(new String(claimed.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }
    assertThat(staging.find(staged.id(), "ann")).as("no longer waiting").isEmpty();
    assertThatThrownBy(() -> staging.claim(staged))
        .isInstanceOf(NoSuchFileException.class);
  }

  private InputStream content() {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
