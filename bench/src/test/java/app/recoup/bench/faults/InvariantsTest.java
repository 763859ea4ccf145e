package app.recoup.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The harness's figures count what they name: a ledger with the fault in it is not a 0. */
class InvariantsTest {

  @Test
  void aLateFeePostedTwiceInOneRunOfACaseIsCountedAndAReopenedRunsOwnFeeIsNot() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection db = postgres.getPostgresDatabase().getConnection()) {
      Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
      long invoice =
          id(
              db,
              """
          with customer as (insert into customer (name) values ('Fee customer') returning id)
          insert into invoice (number, customer_id, currency, total, issue_date, due_date)
          select 'FH-1', customer.id, 'EUR', 100, date '2026-10-01', date '2026-10-31' from customer
          returning id""");
      long caseId =
          id(
              db,
              "insert into collection_case (invoice_id, workflow_id) values ("
                  + invoice
                  + ", 'invoice-FH-1') returning id");

      fee(db, caseId, invoice, "invoice-FH-1/step-4");
      assertThat(lateFeesTwice(db)).isZero();

      // the same step's fee again under another policy generation, as a resumed case keyed wrongly
      // would
      long twice = fee(db, caseId, invoice, "invoice-FH-1/policy-1/step-3");
      assertThat(lateFeesTwice(db)).isEqualTo(1);

      fee(db, caseId, invoice, "invoice-FH-1/reopened-1/step-4");
      assertThat(lateFeesTwice(db)).isEqualTo(1);

      update(
          db,
          "update late_fee set waived_at = now(), waived_by = 'harness', waive_reason = 'posted twice'"
              + " where id = "
              + twice);
      assertThat(lateFeesTwice(db)).isZero();
    }
  }

  private static long lateFeesTwice(Connection db) throws SQLException {
    return Invariants.figure(db, Invariants.LATE_FEES_TWICE);
  }

  private static long fee(Connection db, long caseId, long invoice, String key)
      throws SQLException {
    return id(
        db,
        "insert into late_fee (case_id, invoice_id, idempotency_key, kind, amount, currency) values ("
            + caseId
            + ", "
            + invoice
            + ", '"
            + key
            + "', 'FIXED', 25, 'EUR') returning id");
  }

  private static long id(Connection db, String insert) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(insert);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
