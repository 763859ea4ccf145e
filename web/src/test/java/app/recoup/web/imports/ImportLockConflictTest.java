package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A re-import while another transaction writes the same cases (a payment, a case command, the daily
 * re-scoring): PostgreSQL must never leave the import a deadlock's loser answered 500.
 */
@ImportApiTest
class ImportLockConflictTest {

  private static final String HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone\n";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired ImportApi api;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private long first;
  private long second;

  @BeforeEach
  void twoInvoicesWithCases() {
    assertThat(api.postCsv(HEADER + row("1", "100") + row("2", "200")).getBody().imported())
        .isEqualTo(2);
    first = invoiceId("1");
    second = invoiceId("2");
    assertThat(first).isLessThan(second);
    for (long invoice : new long[] {first, second}) {
      jdbc.update(
          "insert into collection_case (invoice_id, workflow_id) values (?, ?)",
          invoice,
          "lock-test-" + invoice);
    }
  }

  @Test
  void aWriterTakingCasesInInvoiceOrderNeverDeadlocksWithAReimportListingThemTheOtherWay()
      throws Exception {
    ResponseEntity<Map> answer =
        reimportWhileAnotherWriterTakes(first, second, row("2", "250") + row("1", "150"));

    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    assertThat(answer.getBody()).containsEntry("updated", 2);
    assertThat(total("1")).isEqualTo("150.00");
    assertThat(total("2")).isEqualTo("250.00");
  }

  @Test
  void aReimportThatLosesADeadlockIsWrittenAgainInsteadOfAnswering500() throws Exception {
    // a writer keeping no order takes the second case first; the import waits for it first, so
    // when the writer then asks for the first case PostgreSQL makes the import the loser
    ResponseEntity<Map> answer =
        reimportWhileAnotherWriterTakes(second, first, row("1", "150") + row("2", "250"));

    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    assertThat(answer.getBody()).containsEntry("updated", 2);
    assertThat(total("1")).isEqualTo("150.00");
    assertThat(total("2")).isEqualTo("250.00");
    assertThat(
            jdbc.queryForList(
                "select assignee from collection_case where invoice_id in (?, ?)",
                String.class,
                first,
                second))
        .containsOnly("other writer");
  }

  /**
   * Another transaction takes one invoice's case, the re-import of {@code rows} starts and waits
   * for it, then the transaction takes the other case and commits; answers the re-import's answer.
   */
  private ResponseEntity<Map> reimportWhileAnotherWriterTakes(
      long firstCase, long thenCase, String rows) throws Exception {
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      assign(other, firstCase);
      CompletableFuture<ResponseEntity<Map>> reimport =
          CompletableFuture.supplyAsync(() -> api.postCsv(HEADER + rows, Map.class));
      awaitBlockedBy(other);
      assign(other, thenCase);
      other.commit();
      return reimport.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private String row(String suffix, String total) {
    return run + "-" + suffix + ",Lock " + run + ",,,EUR," + total + ",0,2026-09-01,2099-09-30,,\n";
  }

  private long invoiceId(String suffix) {
    return jdbc.queryForObject(
        "select id from invoice where number = ?", Long.class, run + "-" + suffix);
  }

  private String total(String suffix) {
    return jdbc.queryForObject(
            "select total::text from invoice where number = ?", String.class, run + "-" + suffix)
        .replaceAll("(\\.\\d\\d)0+$", "$1");
  }

  private static void assign(Connection connection, long invoiceId) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update collection_case set assignee = 'other writer' where invoice_id = ?")) {
      update.setLong(1, invoiceId);
      update.executeUpdate();
    }
  }

  /** Until another session waits for a lock the connection holds. */
  private void awaitBlockedBy(Connection holder) throws Exception {
    int pid;
    try (PreparedStatement query = holder.prepareStatement("select pg_backend_pid()");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      pid = rs.getInt(1);
    }
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Integer waiting =
          jdbc.queryForObject(
              "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
              Integer.class,
              pid);
      if (waiting > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the re-import never waited for the other writer");
  }
}
