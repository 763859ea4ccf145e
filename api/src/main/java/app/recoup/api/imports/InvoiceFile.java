package app.recoup.api.imports;

import static app.recoup.api.imports.Column.*;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded invoice file read as a stream of rows: the header is found (QuickBooks reports put a
 * title above it), the format recognised, and data rows handed out one at a time with the line each
 * starts on, so a file of any size is never held in memory.
 */
final class InvoiceFile implements AutoCloseable {

  /** Report titles, company name, date range and a blank line at most. */
  private static final int MAX_LINES_BEFORE_HEADER = 10;

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Set<Character> OTHER_DELIMITERS = Set.of(';', '\t', '|');

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final HeaderLayout layout;

  private InvoiceFile(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
    this.layout = findHeader();
  }

  static InvoiceFile open(Reader reader) {
    try {
      CSVParser parser =
          CSVFormat.DEFAULT
              .builder()
              .setIgnoreEmptyLines(true)
              .get()
              .parse(withoutByteOrderMark(reader));
      return new InvoiceFile(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HeaderLayout layout() {
    return layout;
  }

  /** One row per invoice: a format that writes a row per line item has them merged. */
  Iterator<SourceRow> invoiceRows() {
    return layout.format().oneRowPerLineItem() ? new LineItems(rows()) : rows();
  }

  /** Data rows in file order, without rows whose every cell is blank. */
  Iterator<SourceRow> rows() {
    return new Iterator<>() {
      private SourceRow next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public SourceRow next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = advance();
        return row;
      }
    };
  }

  private SourceRow advance() {
    while (records.hasNext()) {
      CSVRecord record = records.next();
      SourceRow row = layout.row(startLine(record), record.toList());
      if (!row.values().isEmpty() && !isReportSummary(row, record)) {
        return row;
      }
    }
    return null;
  }

  /**
   * QuickBooks reports group rows under customer headings, close each group with a "Total for ..."
   * line and end with a timestamp; those carry no invoice number and no amount.
   */
  private boolean isReportSummary(SourceRow row, CSVRecord record) {
    if (layout.format() != SourceFormat.QUICKBOOKS_ONLINE) {
      return false;
    }
    String first = record.get(0).strip().toLowerCase(Locale.ROOT);
    boolean heading = !row.has(INVOICE_NUMBER) && !row.has(TOTAL) && !row.has(AMOUNT_DUE);
    return heading || first.startsWith("total");
  }

  private HeaderLayout findHeader() {
    CSVRecord first = null;
    for (int seen = 0; seen < MAX_LINES_BEFORE_HEADER && records.hasNext(); seen++) {
      CSVRecord record = records.next();
      first = first == null ? record : first;
      var layout = HeaderLayout.recognise(record.toList());
      if (layout.isPresent()) {
        requireColumns(layout.get());
        return layout.get();
      }
    }
    if (first == null) {
      throw new UnreadableFileException("The file is empty.");
    }
    if (first.size() == 1) {
      for (char delimiter : first.get(0).toCharArray()) {
        if (OTHER_DELIMITERS.contains(delimiter)) {
          throw new UnreadableFileException(
              "The file seems to be separated by '"
                  + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter))
                  + "'; Recoup reads comma-separated files. Export it as CSV with commas.");
        }
      }
    }
    throw new UnreadableFileException(
        "No recognisable header row: expected Recoup's columns (invoice_number, customer,"
            + " currency, total, issue_date, due_date, ...), a Xero sales invoice export or a"
            + " QuickBooks Online invoice report. See docs/imports.md.");
  }

  private static void requireColumns(HeaderLayout layout) {
    List<Column> required =
        switch (layout.format()) {
          case QUICKBOOKS_ONLINE -> List.of(TOTAL, DUE_DATE);
          case XERO_CREDIT_NOTES -> List.of(TOTAL, CURRENCY);
          default -> List.of(TOTAL, DUE_DATE, CURRENCY);
        };
    List<String> missing =
        required.stream()
            .filter(column -> !layout.hasColumn(column))
            .map(column -> column.name().toLowerCase(Locale.ROOT))
            .toList();
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "The header looks like "
              + layout.format().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " but has no column for "
              + String.join(", ", missing)
              + ". See docs/imports.md.");
    }
  }

  /**
   * The parser counts line breaks consumed so far; a quoted cell may span lines, so the row started
   * as many lines earlier as its cells contain line breaks.
   */
  private long startLine(CSVRecord record) {
    long breaksInside = 0;
    for (String cell : record) {
      breaksInside += lineBreaks(cell);
    }
    return parser.getCurrentLineNumber() - breaksInside;
  }

  private static long lineBreaks(String text) {
    long breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      pushback.unread(first);
    }
    return pushback;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
