package app.recoup.web.metrics;

import app.recoup.ledger.metrics.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The geometry of a small server-rendered SVG chart (bars, or one or several lines on one scale) in
 * a fixed 600 x 220 view box; the page scales it to the screen. Values without data (null) leave a
 * gap. Every series has the same labels, in the same order.
 */
public record Chart(List<Series> series, boolean line, BigDecimal max, int width, int height) {

  static final int WIDTH = 600;
  static final int HEIGHT = 220;
  private static final int TOP = 16;
  private static final int BOTTOM = 30;

  /** One bar or point: where it sits, its label and its value as text. */
  public record Mark(
      String label, String valueText, int x, int y, int barWidth, int barHeight, int labelX) {}

  /** One named set of marks; {@code points} joins them into a polyline (line charts only). */
  public record Series(String name, List<Mark> marks, String points) {}

  /** The marks of the first series, whose labels every series shares. */
  public List<Mark> marks() {
    return series.get(0).marks();
  }

  static Chart bars(List<Amount> values, String unit) {
    return of(Map.of("", values), unit, false);
  }

  static Chart line(List<Amount> values, String unit) {
    return of(Map.of("", values), unit, true);
  }

  /** One line per entry, in the map's order, named by its key. */
  static Chart lines(Map<String, List<Amount>> series, String unit) {
    return of(series, unit, true);
  }

  private static Chart of(Map<String, List<Amount>> named, String unit, boolean line) {
    BigDecimal max =
        named.values().stream()
            .flatMap(List::stream)
            .map(Amount::value)
            .filter(v -> v != null && v.signum() > 0)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ONE);
    List<Series> series = new ArrayList<>();
    named.forEach((name, values) -> series.add(series(name, values, unit, line, max)));
    return new Chart(List.copyOf(series), line, max, WIDTH, HEIGHT);
  }

  private static Series series(
      String name, List<Amount> values, String unit, boolean line, BigDecimal max) {
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int slot = WIDTH / Math.max(1, values.size());
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Amount amount = values.get(i);
      BigDecimal value = amount.value() == null ? null : amount.value().max(BigDecimal.ZERO);
      int barHeight =
          value == null
              ? 0
              : value
                  .multiply(BigDecimal.valueOf(plotHeight))
                  .divide(max, 0, RoundingMode.HALF_UP)
                  .intValue();
      int x = i * slot + slot / 6;
      marks.add(
          new Mark(
              amount.label(),
              amount.value() == null
                  ? "no data"
                  : amount.value().stripTrailingZeros().toPlainString() + unit,
              x,
              TOP + plotHeight - barHeight,
              slot * 2 / 3,
              barHeight,
              i * slot + slot / 2));
    }
    String points =
        line
            ? marks.stream()
                .filter(mark -> !mark.valueText().equals("no data"))
                .map(mark -> mark.labelX() + "," + mark.y())
                .collect(Collectors.joining(" "))
            : null;
    return new Series(name, List.copyOf(marks), points);
  }
}
