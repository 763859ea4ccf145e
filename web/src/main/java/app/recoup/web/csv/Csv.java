package app.recoup.web.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports people open in a spreadsheet. Every text cell, header cells included, goes through
 * {@link #text}: whatever came from outside (an invoice number, a file's header, a customer's
 * reply) must not run as a formula. Numbers and dates Recoup wrote itself are printed as they are.
 */
public final class Csv implements Closeable {

  private final CSVPrinter printer;

  private Csv(CSVPrinter printer) {
    this.printer = printer;
  }

  public static Csv sheet(Writer out, String... header) throws IOException {
    String[] escaped = Arrays.stream(header).map(Csv::text).toArray(String[]::new);
    return new Csv(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(escaped).get()));
  }

  /** One row; an {@link UncheckedIOException} when the client went away. */
  public void row(Object... cells) {
    row(Arrays.asList(cells));
  }

  public void row(List<?> cells) {
    try {
      printer.printRecord(
          cells.stream()
              .map(cell -> cell instanceof CharSequence text ? text(text.toString()) : cell));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  /** A cell starting with = + - @ tab or carriage return gets a leading apostrophe. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
