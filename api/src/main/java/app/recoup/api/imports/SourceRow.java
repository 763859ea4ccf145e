package app.recoup.api.imports;

import java.util.List;
import java.util.Map;

/**
 * One data row of a file, by meaning.
 *
 * @param line the 1-based line of the file the row starts on
 * @param values stripped cell text per column; a blank cell is absent
 * @param cells the row as the file wrote it, every column included
 */
record SourceRow(long line, Map<Column, String> values, List<String> cells) {

  String get(Column column) {
    return values.get(column);
  }

  boolean has(Column column) {
    return values.containsKey(column);
  }
}
