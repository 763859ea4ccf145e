package app.recoup.api.imports;

import app.recoup.api.imports.ImportPreview.ColumnUse;
import app.recoup.api.imports.ImportPreview.PreviewRow;
import app.recoup.ledger.imports.ImportError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Gathers an {@link ImportPreview} while every row of a file is validated, holding only samples.
 */
final class PreviewCollector {

  static final int SAMPLE_ROWS = 20;
  static final int SAMPLE_ERRORS = 20;

  private final HeaderLayout layout;
  private final List<PreviewRow> rows = new ArrayList<>();
  private final List<ImportError> firstErrors = new ArrayList<>();
  private int totalRows;
  private int refusedRows;
  private int errorCount;

  PreviewCollector(HeaderLayout layout) {
    this.layout = layout;
  }

  void take(SourceRow row, RowOutcome outcome) {
    totalRows++;
    List<ImportError> errors = outcome.errors();
    if (!outcome.isValid()) {
      refusedRows++;
      errorCount += errors.size();
      errors.stream().limit(SAMPLE_ERRORS - firstErrors.size()).forEach(firstErrors::add);
    }
    if (rows.size() < SAMPLE_ROWS) {
      rows.add(
          new PreviewRow(
              row.line(),
              row.get(Column.INVOICE_NUMBER),
              row.get(Column.CUSTOMER),
              outcome.invoice() != null ? outcome.invoice().terms() : null,
              errors));
    }
  }

  ImportPreview result() {
    List<ColumnUse> columns =
        layout.positions().keySet().stream()
            .map(column -> new ColumnUse(field(column), layout.label(column)))
            .toList();
    List<String> ignored =
        IntStream.range(0, layout.header().size())
            .filter(position -> !layout.positions().containsValue(position))
            .mapToObj(position -> layout.header().get(position).strip())
            .filter(name -> !name.isEmpty())
            .toList();
    return new ImportPreview(
        null,
        layout.format().description(),
        columns,
        ignored,
        List.copyOf(rows),
        totalRows,
        refusedRows,
        errorCount,
        List.copyOf(firstErrors));
  }

  private static String field(Column column) {
    return column.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
