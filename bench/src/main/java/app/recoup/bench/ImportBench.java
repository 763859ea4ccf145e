package app.recoup.bench;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.InvoiceImporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * Imports a generated 100,000-row CSV through the real import service into a fresh embedded
 * PostgreSQL (after a 20,000-row warm-up import of other invoices), imports it again (every row
 * unchanged), then loads the same file with COPY into a plain table, and the same rows (read and
 * resolved beforehand) with COPY into a table shaped like {@code invoice}, and prints the rates and
 * the ratios. Run with {@code ./mvnw -q -pl bench -am verify -Pbench -DskipTests}; the row count
 * may be given as the first argument.
 */
public final class ImportBench {

  private static final int DEFAULT_ROWS = 100_000;
  private static final int WARM_UP_ROWS = 20_000;

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
    Path csv = GeneratedInvoices.write("BENCH-", rows);
    Path warmUp = GeneratedInvoices.write("WARM-", WARM_UP_ROWS);
    System.out.printf("Generated %,d rows (%,d bytes)%n", rows, Files.size(csv));
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LedgerAndImports.class)
            .web(WebApplicationType.NONE)
            // the application's clock lives in activities, which this context leaves out
            .initializers(app -> app.getBeanFactory().registerSingleton("clock", Clock.systemUTC()))
            .run(
                BenchApplication.arguments(
                    "recoup.database.embedded.enabled=true",
                    "recoup.database.embedded.data-directory=",
                    "spring.main.banner-mode=off",
                    "logging.level.root=warn",
                    "spring.autoconfigure.exclude="
                        + "io.temporal.spring.boot.autoconfigure.ServiceStubsAutoConfiguration,"
                        + "io.temporal.spring.boot.autoconfigure.RootNamespaceAutoConfiguration,"
                        + "io.temporal.spring.boot.autoconfigure.NonRootNamespaceAutoConfiguration,"
                        + "io.temporal.spring.boot.autoconfigure.TestServerAutoConfiguration"))) {
      InvoiceImporter importer = context.getBean(InvoiceImporter.class);

      // A cold JVM parses the first rows ten times slower than the rest; measure the steady state.
      rate(
          "warm-up import",
          WARM_UP_ROWS,
          () -> importOnce(importer, warmUp, WARM_UP_ROWS, "imported"));
      double importRate =
          rate("import (new invoices)", rows, () -> importOnce(importer, csv, rows, "imported"));
      rate("re-import (all unchanged)", rows, () -> importOnce(importer, csv, rows, "unchanged"));
      DataSource dataSource = context.getBean(DataSource.class);
      double copyRate =
          rate("COPY into a plain table", rows, () -> CopyBaseline.load(dataSource, csv));
      String invoiceRows = CopyBaseline.invoiceRows(dataSource, csv);
      double indexedRate =
          rate(
              "COPY into an invoice table",
              rows,
              () -> CopyBaseline.loadIndexed(dataSource, invoiceRows));

      System.out.printf(
          "import / COPY = %.2f (target >= 0.25: %s); import %,.0f rows/s (target >= 100,000: %s)%n",
          importRate / copyRate,
          importRate / copyRate >= 0.25 ? "PASS" : "FAIL",
          importRate,
          importRate >= 100_000 ? "PASS" : "FAIL");
      System.out.printf(
          "import / COPY into a table shaped like invoice (its indexes, checks, foreign key) = %.2f;"
              + " that COPY / the plain one = %.2f%n",
          importRate / indexedRate, indexedRate / copyRate);
    }
  }

  private static Object importOnce(InvoiceImporter importer, Path csv, int rows, String expected)
      throws Exception {
    try (InputStream in = Files.newInputStream(csv)) {
      ImportReport report = importer.importFile(in, csv.getFileName().toString(), "bench");
      int counted = expected.equals("imported") ? report.imported() : report.unchanged();
      if (counted != rows || report.rejected() != 0) {
        throw new IllegalStateException("Unexpected import result: " + report);
      }
      return report;
    }
  }

  private static double rate(String what, int rows, Step step) throws Exception {
    long started = System.nanoTime();
    step.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    double perSecond = rows / seconds;
    System.out.printf(
        "%-28s %,9d rows in %6.2f s = %,10.0f rows/s%n", what, rows, seconds, perSecond);
    return perSecond;
  }

  @FunctionalInterface
  private interface Step {
    Object run() throws Exception;
  }

  /** The ledger and the import service, without web, security or workflows. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan(basePackages = {"app.recoup.ledger", "app.recoup.api.imports"})
  static class LedgerAndImports {}
}
