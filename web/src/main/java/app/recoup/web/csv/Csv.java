package app.recoup.web.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV exports people open in a spreadsheet. */
public final class Csv {

  private Csv() {}

  public static CSVPrinter printer(Writer out, String... header) throws IOException {
    return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }

  /**
   * Text that came from outside (a customer's reply, a note) must not run as a spreadsheet
   * formula: a cell starting with = + - @ gets a leading apostrophe.
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value
        : value;
  }
}
