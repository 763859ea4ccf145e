package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.web.cases.Eventually;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import the application was running when it died (its thread stopped after the first batch of
 * three rows, with no chance to record how it ended) is marked interrupted with what it committed;
 * a person resumes it from its kept upload or discards the rest.
 */
@ImportApiTest
class InterruptedImportTest {

  private static final String HEADER =
      "invoice_number,customer,currency,total,issue_date,due_date\n";

  @Autowired ImportApi api;
  @Autowired Ledger ledger;
  @Autowired InvoiceImporter importer;
  @Autowired StagedUploads staging;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anImportRunningWhenTheApplicationStoppedIsMarkedInterruptedAndResumesWhereItStopped()
      throws Exception {
    UUID importId = importKilledAfterTheFirstBatch("r");
    assertThat(api.get(importId).getBody().status()).isEqualTo("RUNNING");

    applicationStartsAMinuteLater();

    ImportReport interrupted = api.get(importId).getBody();
    assertThat(interrupted.status()).isEqualTo("INTERRUPTED");
    assertThat(interrupted.failure()).contains("3 rows were committed in 1 batches");
    assertThat(interrupted.imported()).isEqualTo(3);
    assertThat(api.page("/imports/" + importId))
        .contains("3 rows were committed in 1 batches")
        .contains("action=\"/imports/" + importId + "/resume\"")
        .contains("action=\"/imports/" + importId + "/discard\"");

    var resumed = api.postForReport("/api/imports/" + importId + "/resume");
    assertThat(resumed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Eventually.within(
        Duration.ofSeconds(20),
        "import completed",
        () -> api.get(importId).getBody().status().equals("COMPLETED"));
    ImportReport done = api.get(importId).getBody();
    assertThat(done.imported()).isEqualTo(5);
    assertThat(done.updated() + done.unchanged()).as("committed rows are not read twice").isZero();
    assertThat(ledger.invoicesNumbered(run + "-r-")).isEqualTo(5);
    assertThat(api.postForProblem("/api/imports/" + importId + "/resume").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anInterruptedImportCanBeDiscardedKeepingWhatItCommitted() throws Exception {
    UUID importId = importKilledAfterTheFirstBatch("d");
    applicationStartsAMinuteLater();

    var discarded = api.postForReport("/api/imports/" + importId + "/discard");

    assertThat(discarded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(discarded.getBody().status()).isEqualTo("DISCARDED");
    assertThat(discarded.getBody().failure())
        .contains("The rest was discarded by " + ImportApi.ADMIN);
    assertThat(ledger.invoicesNumbered(run + "-d-")).isEqualTo(3);
    var resumed = api.postForProblem("/api/imports/" + importId + "/resume");
    assertThat(resumed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(resumed.getBody())
        .containsEntry(
            "detail",
            "Import "
                + importId
                + " is not interrupted: only an interrupted import can be resumed or discarded");
  }

  @Test
  void anInterruptedApiImportWhoseFileWasNotKeptCanOnlyBeDiscarded() {
    UUID importId = importer.start("api.csv", ImportApi.ADMIN, 0, null);
    jdbc.update(
        "update import_batch set heartbeat_at = now() - interval '2 minutes' where id = ?",
        importId);
    applicationStartsAMinuteLater();

    var resumed = api.postForProblem("/api/imports/" + importId + "/resume");

    assertThat(resumed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) resumed.getBody().get("detail"))
        .startsWith("The file of this import was not kept");
  }

  /** A page import whose thread dies after committing its first batch, as a killed JVM would. */
  private UUID importKilledAfterTheFirstBatch(String name) throws IOException {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 1; i <= 5; i++) {
      rows.append("%s-%s-%d,Kilo %s,EUR,10,2026-03-01,2026-03-31\n".formatted(run, name, i, run));
    }
    byte[] file = rows.toString().getBytes(StandardCharsets.UTF_8);
    StagedUpload staged =
        staging.counted(
            staging.stage(new ByteArrayInputStream(file), name + ".csv", ImportApi.ADMIN, null), 5);
    InputStream claimed = staging.claim(staged);
    UUID importId = importer.start(staged.filename(), ImportApi.ADMIN, 5, staged.id());
    // the reader reads a row ahead: the process dies reading the fifth row, the fourth not taken
    // yet
    int fourRows = HEADER.length() + 4 * (rows.length() - HEADER.length()) / 5;
    assertThatThrownBy(() -> importer.run(importId, new DyingAfter(claimed, fourRows), null))
        .isInstanceOf(Killed.class);
    jdbc.update(
        "update import_batch set heartbeat_at = now() - interval '2 minutes' where id = ?",
        importId);
    return importId;
  }

  private void applicationStartsAMinuteLater() {
    importer.interruptStale(Duration.ofMinutes(1));
  }

  /** What stops a thread dead: nothing of the import's own handling runs after it. */
  private static final class Killed extends Error {}

  /** Reads the file up to a byte, then the process dies. */
  private static final class DyingAfter extends InputStream {

    private final InputStream in;
    private int left;

    DyingAfter(InputStream in, int bytes) {
      this.in = in;
      this.left = bytes;
    }

    @Override
    public int read() throws IOException {
      if (left-- <= 0) {
        throw new Killed();
      }
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        throw new Killed();
      }
      int read = in.read(buffer, offset, Math.min(length, left));
      left -= Math.max(read, 0);
      return read;
    }
  }
}
