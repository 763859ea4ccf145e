package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.ledger.imports.StagedFiles;
import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.testing.TestDatabase;
import app.recoup.web.cases.SettableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two web replicas on one PostgreSQL: a load balancer may send the upload to one and the preview,
 * the commit or the resumption to the other.
 */
class StagedUploadsTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private final JdbcClient jdbc = DATABASE.jdbc();
  private final SettableClock clock = new SettableClock(START);

  @Test
  void anUploadToOneReplicaIsPreviewedThroughAnotherAndCommittedOnceWhicheverIsAsked()
      throws IOException {
    StagedUploads first = replica("first");
    StagedUploads second = replica("second");
    // larger than one stored chunk, so it is written and read back in pieces
    String csv = "invoice_number,customer\n" + "A-1,Acme GmbH\n".repeat(250_000);
    StagedUpload staged = first.stage(content(csv), "march.csv", "ann", null);

    assertThat(second.find(staged.id(), "bob")).as("someone else's upload").isEmpty();
    StagedUpload found = second.find(staged.id(), "ann").orElseThrow();
    assertThat(found).isEqualTo(staged);
    try (InputStream preview = second.open(found)) {
      assertThat(new String(preview.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }
    second.counted(found, 250_000);
    assertThat(first.find(staged.id(), "ann").orElseThrow().rows()).isEqualTo(250_000);

    try (InputStream claimed = second.claim(found)) {
      assertThat(new String(claimed.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }
    assertThatThrownBy(() -> first.claim(staged))
        .as("a second commit, through the other replica")
        .isInstanceOf(NoSuchFileException.class);
    assertThat(first.find(staged.id(), "ann")).as("no longer waiting").isEmpty();
    StagedUpload interrupted = first.interrupted(staged.id()).orElseThrow();
    try (InputStream resumed = first.reopen(interrupted)) {
      assertThat(new String(resumed.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }
  }

  @Test
  void anUploadLeftAloneLongerThanItsTimeIsSweptOnceAcrossReplicasAndAFreshOneStays()
      throws IOException {
    StagedUploads first = replica("first");
    StagedUploads second = replica("second");
    clock.set(START.plus(Duration.ofDays(1)));
    StagedUpload old = first.stage(content("a\n"), "old.csv", "ann", null);
    clock.set(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30)));
    StagedUpload fresh = second.stage(content("b\n"), "fresh.csv", "ann", null);
    clock.set(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(61)));
    long runsBefore = new JobLeases(jdbc, clock, "test").runs("staged-upload-sweep").orElse(0L);

    first.sweep();
    second.sweep();

    assertThat(second.find(old.id(), "ann")).isEmpty();
    assertThat(first.find(fresh.id(), "ann")).contains(fresh);
    assertThat(new JobLeases(jdbc, clock, "test").runs("staged-upload-sweep").orElseThrow())
        .as("sweeps run by the two replicas in one period")
        .isEqualTo(runsBefore + 1);
  }

  private StagedUploads replica(String name) {
    return new StagedUploads(
        new StagedFiles(jdbc),
        new JobLeases(jdbc, clock, name),
        clock,
        Duration.ofHours(1),
        Duration.ofMinutes(5));
  }

  private static InputStream content(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
