package app.recoup.api.imports;

import java.util.Map;

/**
 * One data row of a file, by meaning.
 *
 * @param line the 1-based line of the file the row starts on
 * @param values stripped cell text per column; a blank cell is absent
 */
record SourceRow(long line, Map<Column, String> values) {

  String get(Column column) {
    return values.get(column);
  }

  boolean has(Column column) {
    return values.containsKey(column);
  }
}
