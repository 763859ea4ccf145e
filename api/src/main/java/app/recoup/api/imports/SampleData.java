package app.recoup.api.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo invoices that ship with Recoup. Their dates were written as if today were {@link
 * #WRITTEN_ON}; they are moved by the days since, so the demo always shows invoices overdue by the
 * same ages and some not yet due.
 */
@Component
public class SampleData {

  static final String FILENAME = "sample/invoices.csv";
  static final LocalDate WRITTEN_ON = LocalDate.of(2026, 11, 26);

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Resource invoices;
  private final InvoiceImporter importer;

  SampleData(
      @Value("${recoup.imports.sample:classpath:" + FILENAME + "}") Resource invoices,
      InvoiceImporter importer) {
    this.invoices = invoices;
    this.importer = importer;
  }

  /** Imports the demo invoices on behalf of {@code user}. */
  public ImportReport load(String user) throws IOException {
    try (InputStream content = open()) {
      return importer.importFile(content, FILENAME, user);
    }
  }

  /** The sample is thirty rows: reading it whole is fine, unlike an uploaded file. */
  private InputStream open() throws IOException {
    long shift = ChronoUnit.DAYS.between(WRITTEN_ON, LocalDate.now());
    String text = invoices.getContentAsString(StandardCharsets.UTF_8);
    String shifted =
        ISO_DATE
            .matcher(text)
            .replaceAll(date -> LocalDate.parse(date.group()).plusDays(shift).toString());
    return new ByteArrayInputStream(shifted.getBytes(StandardCharsets.UTF_8));
  }
}
