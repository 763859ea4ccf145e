package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.invoices.InvoiceTerms;
import java.util.List;

/**
 * What importing a file would do, read before anything is written: its format, which of its columns
 * Recoup reads, its first rows as they would be imported and the refusals of a validation pass over
 * the whole file.
 *
 * @param failure why the file cannot be imported at all, or null
 * @param format the recognised format as a person knows it, or null when not recognised
 * @param totalRows invoices in the file (a format writing one row per line item counts invoices)
 */
public record ImportPreview(
    String failure,
    String format,
    List<ColumnUse> columns,
    List<String> ignoredColumns,
    List<PreviewRow> rows,
    int totalRows,
    int refusedRows,
    int errorCount,
    List<ImportError> firstErrors) {

  /** Which column of the file fills which field of an invoice. */
  public record ColumnUse(String field, String column) {}

  /**
   * One invoice row of the file.
   *
   * @param terms the amounts and dates as they would be imported, or null when refused
   */
  public record PreviewRow(
      long line,
      String invoiceNumber,
      String customer,
      InvoiceTerms terms,
      List<ImportError> errors) {}

  static ImportPreview unreadable(String failure) {
    return new ImportPreview(failure, null, List.of(), List.of(), List.of(), 0, 0, 0, List.of());
  }

  public boolean readable() {
    return failure == null;
  }
}
