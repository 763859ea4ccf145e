package app.recoup.ledger.imports;

import java.util.List;

/**
 * A row of an imported file that was not imported: every reason, and its cells as the file had
 * them, so the user can fix the row and upload it again.
 */
public record RefusedRow(List<ImportError> errors, List<String> cells) {

  public RefusedRow {
    errors = List.copyOf(errors);
    cells = List.copyOf(cells);
  }
}
