package app.recoup.ledger.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DSO by month for the whole ledger and for each customer segment (by name, in name order). */
public record DsoHistory(List<Amount> overall, Map<String, List<Amount>> bySegment) {

  /** One month of one line; no segment means the whole ledger. */
  record Point(String segment, String label, BigDecimal value) {}

  /** From points ordered by segment (the whole ledger first) and month. */
  static DsoHistory of(List<Point> points) {
    Map<String, List<Amount>> bySegment = new LinkedHashMap<>();
    List<Amount> overall = new ArrayList<>();
    for (Point point : points) {
      Amount amount = new Amount(point.label(), point.value());
      if (point.segment() == null) {
        overall.add(amount);
      } else {
        bySegment.computeIfAbsent(point.segment(), segment -> new ArrayList<>()).add(amount);
      }
    }
    return new DsoHistory(List.copyOf(overall), bySegment);
  }
}
