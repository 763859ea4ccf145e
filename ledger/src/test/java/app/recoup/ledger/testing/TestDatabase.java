package app.recoup.ledger.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of its own for a test class that needs PostgreSQL but no application: one embedded
 * PostgreSQL per test JVM, and for each class a new database, migrated by Flyway (copied from a
 * template migrated once) or left empty. Register it in a static field:
 *
 * <pre>{@code @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();}
 * </pre>
 */
public final class TestDatabase implements BeforeAllCallback {

  private static final String TEMPLATE = "recoup_migrated";
  private static final AtomicInteger CREATED = new AtomicInteger();

  private final boolean migrated;
  private DataSource dataSource;

  private TestDatabase(boolean migrated) {
    this.migrated = migrated;
  }

  /** A database with every Flyway migration applied. */
  public static TestDatabase migrated() {
    return new TestDatabase(true);
  }

  /** A database without a table, as a new installation finds it. */
  public static TestDatabase empty() {
    return new TestDatabase(false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Server server =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(Server.class, type -> new Server(), Server.class);
    dataSource = server.newDatabase(migrated);
  }

  public DataSource dataSource() {
    if (dataSource == null) {
      throw new IllegalStateException(
          "register TestDatabase with @RegisterExtension in a static field");
    }
    return dataSource;
  }

  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource());
  }

  /** The JVM's one server, stopped when the test run ends. */
  private static final class Server implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private boolean templateMigrated;

    Server() {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized DataSource newDatabase(boolean migrated) {
      JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
      if (migrated && !templateMigrated) {
        admin.sql("create database " + TEMPLATE).update();
        Flyway.configure().dataSource(postgres.getDatabase("postgres", TEMPLATE)).load().migrate();
        templateMigrated = true;
      }
      String name = "test_" + CREATED.incrementAndGet();
      admin
          .sql("create database " + name + " template " + (migrated ? TEMPLATE : "template0"))
          .update();
      return postgres.getDatabase("postgres", name);
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
