package app.recoup.bench;

import app.recoup.api.cases.CaseOpener;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collection workflows started per second through the case opener: the application's own code on a
 * throw-away embedded PostgreSQL and the in-process Temporal server (wall clock, so started cases
 * sleep instead of racing through their cadence). Every invoice is a day overdue, so each start
 * also records its first touch, as a real import's cases do.
 *
 * <p>Argument: number of invoices (default 10,000).
 */
public final class WorkflowStartBench {

  private WorkflowStartBench() {}

  public static void main(String[] args) {
    int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(BenchApplication.class).run(settings())) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      List<Long> invoiceIds = overdueInvoices(jdbc, invoices);
      CaseOpener opener = app.getBean(CaseOpener.class);

      long started = System.nanoTime();
      opener.sync(invoiceIds);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      long cases = jdbc.sql("select count(*) from collection_case").query(Long.class).single();
      System.out.printf(
          "%nWorkflowStartBench: %,d cases opened and workflows started in %.1f s: %,.0f starts/s%n",
          cases, elapsed.toMillis() / 1000.0, cases * 1000.0 / Math.max(1, elapsed.toMillis()));
    }
  }

  /** What web's application.yml says for the local profile, which the bench does not see. */
  static String[] settings() {
    return new String[] {
      "--recoup.database.embedded.enabled=true",
      "--recoup.database.embedded.data-directory=",
      "--spring.temporal.test-server.enabled=true",
      "--spring.temporal.workers[0].task-queue=collections",
      "--spring.temporal.workers[0].workflow-classes[0]="
          + "app.recoup.workflows.collection.CollectionWorkflowImpl",
      "--spring.temporal.workers-auto-discovery.workflow-packages[0]=app.recoup.workflows",
      "--spring.temporal.workers-auto-discovery.register-activity-beans=true",
      "--recoup.admin.password=bench-only",
      "--server.port=0",
      "--logging.level.root=WARN"
    };
  }

  private static List<Long> overdueInvoices(JdbcClient jdbc, int count) {
    jdbc.sql(
            "insert into customer (name) select 'Bench customer ' || g from generate_series(1, 100) g")
        .update();
    jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, issue_date, due_date)
            select 'BENCH-' || g, (select min(id) from customer) + g % 100, 'EUR', 100 + g % 900,
                   :due - 30, :due
              from generate_series(1, :count) g
            """)
        .param("due", LocalDate.now().minusDays(1))
        .param("count", count)
        .update();
    return jdbc.sql("select id from invoice order by id").query(Long.class).list();
  }

  @SpringBootApplication(scanBasePackages = "app.recoup")
  static class BenchApplication {

    @Bean
    TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> wallClock() {
      return options -> options.setUseTimeskipping(false);
    }
  }
}
