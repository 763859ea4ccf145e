package app.recoup.api.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A recognised header row: its format, where each column sits and what the file calls it. */
record HeaderLayout(SourceFormat format, Map<Column, Integer> positions, List<String> header) {

  static Optional<HeaderLayout> recognise(List<String> header) {
    List<String> normalised = header.stream().map(HeaderNames::normalise).toList();
    for (SourceFormat format : SourceFormat.values()) {
      Map<Column, Integer> positions = format.positionsIn(normalised);
      if (!positions.isEmpty()) {
        return Optional.of(new HeaderLayout(format, new EnumMap<>(positions), header));
      }
    }
    return Optional.empty();
  }

  boolean hasColumn(Column column) {
    return positions.containsKey(column);
  }

  /** The column's name as the file writes it, so an error points at what the user sees. */
  String label(Column column) {
    Integer position = positions.get(column);
    return position == null ? column.name().toLowerCase(Locale.ROOT) : header.get(position).strip();
  }

  SourceRow row(long line, List<String> cells) {
    Map<Column, String> values = new EnumMap<>(Column.class);
    positions.forEach(
        (column, position) -> {
          if (position < cells.size()) {
            String value = cells.get(position).strip();
            if (!value.isEmpty()) {
              values.put(column, value);
            }
          }
        });
    return new SourceRow(line, values, cells);
  }
}
