package app.recoup.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.ApplicationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The local mode's own PostgreSQL pool follows the pool settings a production database's does: a
 * request waits {@code RECOUP_DB_CONNECTION_WAIT_MS} (5 s) for a connection and is then told to
 * send again, instead of Hikari's 30 s, which outlasts every answer deadline.
 */
@ApplicationTest
class ConnectionWaitTest {

  @Autowired DataSource dataSource;

  @Test
  void aRequestWaitsTheConfiguredTimeForAConnectionInTheLocalMode() {
    assertThat(dataSource).isInstanceOf(HikariDataSource.class);
    HikariDataSource pool = (HikariDataSource) dataSource;

    assertThat(pool.getConnectionTimeout())
        .as("milliseconds waited for a connection")
        .isEqualTo(5000);
    assertThat(pool.getPoolName()).isEqualTo("recoup-embedded");
  }
}
