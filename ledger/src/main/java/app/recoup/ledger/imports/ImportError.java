package app.recoup.ledger.imports;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Why one row of an imported file was refused.
 *
 * @param row the 1-based line of the file the row starts on (the header is line 1)
 * @param field the column as the file names it, or null when the row as a whole is refused
 * @param value the cell as the file wrote it, or null when it was blank or the row as a whole is
 *     refused
 */
@Table("import_error")
public record ImportError(@Column("row_no") long row, String field, String value, String message) {}
