package app.recoup.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When Recoup was installed: the database's first migration. */
@Repository
public class Installation {

  private final JdbcClient jdbc;

  Installation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Instant installedAt() {
    return jdbc.sql("select min(installed_on) from flyway_schema_history")
        .query(Timestamp.class)
        .single()
        .toInstant();
  }
}
