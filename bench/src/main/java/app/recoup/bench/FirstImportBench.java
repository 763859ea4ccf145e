package app.recoup.bench;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.InvoiceImporter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large book's first import in local mode, on the wall clock: the generated invoices (all
 * overdue, a tenth paid) imported as one CSV through the real import service, then the time until
 * every open invoice has its case, its workflow running and its first touch planned (the case's
 * next touch is set). Prints both times, the cases per second, the target (every case within 2
 * minutes for 100,000 invoices), the process's resident memory at rest before the import, at its
 * peak and at the end, and the load average at the start and the end.
 *
 * <p>Argument: number of invoices (default 100,000); {@code -Dwithin=} how long to wait (default 20
 * minutes).
 */
public final class FirstImportBench {

  private static final Duration TARGET = Duration.ofMinutes(2);

  private FirstImportBench() {}

  public static void main(String[] args) throws Exception {
    int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Duration within = Duration.parse("PT" + System.getProperty("within", "20M"));
    Path csv = GeneratedInvoices.write("FIRST-", invoices);
    System.out.printf("load average %.2f at the start%n", load());
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WorkflowStartBench.BenchApplication.class)
            .run(WorkflowStartBench.settings())) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      InvoiceImporter importer = app.getBean(InvoiceImporter.class);
      String postgres = jdbc.sql("show data_directory").query(String.class).single();
      System.out.printf(
          "resident memory at rest: %,d MB, PostgreSQL %,d MB%n",
          Memory.residentMb(), Memory.postgresMb(postgres));

      long started = System.nanoTime();
      ImportReport report;
      try (InputStream in = Files.newInputStream(csv)) {
        report = importer.importFile(in, csv.getFileName().toString(), "bench");
      }
      double answered = seconds(started);
      long open =
          jdbc.sql("select count(*) from invoice where status = 'OPEN'").query(Long.class).single();
      System.out.printf(
          "import answered in %.1f s (%,d imported, %,d rejected); %,d open invoices to open cases for%n",
          answered, report.imported(), report.rejected(), open);

      long planned = 0;
      long cases = 0;
      while (planned < open && seconds(started) < within.toSeconds()) {
        Thread.sleep(2_000);
        cases = jdbc.sql("select count(*) from collection_case").query(Long.class).single();
        planned =
            jdbc.sql("select count(*) from collection_case where next_touch_at is not null")
                .query(Long.class)
                .single();
        System.out.printf(
            "  %6.0f s: %,d cases, %,d with their first touch planned, %,d MB resident, PostgreSQL %,d MB%n",
            seconds(started), cases, planned, Memory.residentMb(), Memory.postgresMb(postgres));
      }
      double allRunning = seconds(started);
      double rate = planned / allRunning;
      System.out.printf(
          "%nFirstImportBench: %,d invoices; import answered in %.1f s; %,d of %,d cases running with their first"
              + " touch planned after %.1f s (%,.0f cases/s; 90,000 cases, a 100,000-invoice book's, at this rate: %.0f s);"
              + " target 100,000 invoices' cases within %d s: %s%n",
          invoices,
          answered,
          planned,
          open,
          allRunning,
          rate,
          90_000 / rate,
          TARGET.toSeconds(),
          invoices < 100_000
              ? "not measured at this size"
              : planned >= open && allRunning <= TARGET.toSeconds() ? "PASS" : "FAIL");
      long peak = Memory.peakResidentMb() + Memory.postgresMb(postgres);
      System.out.printf(
          "resident memory: %,d MB now, %,d MB at the peak, with PostgreSQL's %,d MB now: %,d MB"
              + " (target at most 3,072 MB: %s); load average %.2f at the end%n",
          Memory.residentMb(),
          Memory.peakResidentMb(),
          Memory.postgresMb(postgres),
          peak,
          peak <= 3_072 ? "PASS" : "FAIL",
          load());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
