package app.recoup.activities.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Open balances by how long they are overdue on a given day: not yet due, 1-30, 31-60, 61-90 and
 * over 90 days. A pure function of the balances, their due dates and the day.
 */
final class Aging {

  enum Bucket {
    CURRENT("Not yet due"),
    DAYS_1_30("1-30 days"),
    DAYS_31_60("31-60 days"),
    DAYS_61_90("61-90 days"),
    OVER_90("Over 90 days");

    private final String label;

    Bucket(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    static Bucket of(LocalDate dueDate, LocalDate day) {
      long overdue = ChronoUnit.DAYS.between(dueDate, day);
      if (overdue <= 0) {
        return CURRENT;
      }
      if (overdue <= 30) {
        return DAYS_1_30;
      }
      if (overdue <= 60) {
        return DAYS_31_60;
      }
      return overdue <= 90 ? DAYS_61_90 : OVER_90;
    }
  }

  private final List<BigDecimal> amounts = new ArrayList<>();

  Aging() {
    for (int i = 0; i < Bucket.values().length; i++) {
      amounts.add(BigDecimal.ZERO);
    }
  }

  void add(BigDecimal balance, LocalDate dueDate, LocalDate day) {
    int bucket = Bucket.of(dueDate, day).ordinal();
    amounts.set(bucket, amounts.get(bucket).add(balance));
  }

  BigDecimal amount(Bucket bucket) {
    return amounts.get(bucket.ordinal());
  }

  BigDecimal total() {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
