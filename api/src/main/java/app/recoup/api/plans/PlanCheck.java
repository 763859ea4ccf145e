package app.recoup.api.plans;

import app.recoup.api.plans.PlanRequest.InstalmentRequest;
import app.recoup.api.problems.InvalidField;
import app.recoup.workflows.plans.Instalment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Whether proposed instalments make a plan for what a case owes: each dated after today (the
 * customer's) and after the one before, each amount above zero in the invoice's currency and
 * precision, together exactly the balance; with limits, also within what a customer may ask for.
 * Every fault names its field ({@code instalments[1].dueDate}).
 */
final class PlanCheck {

  static final String INSTALMENTS = "instalments";

  private final BigDecimal owed;
  private final String currency;
  private final LocalDate today;

  PlanCheck(BigDecimal owed, String currency, LocalDate today) {
    this.owed = owed;
    this.currency = currency;
    this.today = today;
  }

  /** The faults of a collector's proposal; empty when it makes a plan. */
  List<InvalidField> faults(List<InstalmentRequest> instalments, String planCurrency) {
    List<InvalidField> faults = new ArrayList<>();
    if (planCurrency != null && !planCurrency.isBlank() && !planCurrency.equals(currency)) {
      faults.add(new InvalidField("currency", "must be the invoice's currency, " + currency));
    }
    if (instalments == null || instalments.isEmpty()) {
      faults.add(new InvalidField(INSTALMENTS, "at least one instalment is required"));
      return faults;
    }
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    LocalDate previous = today;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < instalments.size(); i++) {
      InstalmentRequest instalment = instalments.get(i);
      String field = INSTALMENTS + "[" + i + "]";
      if (instalment.currency() != null
          && !instalment.currency().isBlank()
          && !instalment.currency().equals(currency)) {
        faults.add(
            new InvalidField(field + ".currency", "must be the invoice's currency, " + currency));
      }
      if (instalment.dueDate() == null) {
        faults.add(new InvalidField(field + ".dueDate", "is required"));
      } else if (!instalment.dueDate().isAfter(previous)) {
        faults.add(
            new InvalidField(
                field + ".dueDate",
                i == 0
                    ? "must be after today, " + today
                    : "must be after the instalment before it, " + previous));
      }
      if (instalment.dueDate() != null) {
        previous = instalment.dueDate();
      }
      if (instalment.amount() == null) {
        faults.add(new InvalidField(field + ".amount", "is required"));
      } else if (instalment.amount().signum() <= 0
          || instalment.amount().stripTrailingZeros().scale() > digits) {
        faults.add(
            new InvalidField(
                field + ".amount",
                "must be above zero with at most %d decimals (%s)".formatted(digits, currency)));
      } else {
        sum = sum.add(instalment.amount());
      }
    }
    if (faults.isEmpty() && sum.compareTo(owed) != 0) {
      faults.add(
          new InvalidField(
              INSTALMENTS,
              "the instalments add up to %s %s, the case owes %s %s"
                  .formatted(
                      sum.toPlainString(),
                      currency,
                      owed.setScale(digits, RoundingMode.HALF_UP).toPlainString(),
                      currency)));
    }
    return faults;
  }

  /** As {@link #faults}, and within what a customer may ask for in the portal. */
  List<InvalidField> faultsOfRequest(List<InstalmentRequest> instalments, PlanProperties limits) {
    List<InvalidField> faults = faults(instalments, null);
    if (!faults.isEmpty()) {
      return faults;
    }
    if (instalments.size() > limits.maxInstalments()) {
      faults.add(
          new InvalidField(
              INSTALMENTS,
              "at most %d instalments are possible".formatted(limits.maxInstalments())));
    }
    for (int i = 0; i < instalments.size() - 1; i++) {
      if (instalments.get(i).amount().compareTo(limits.minInstalment()) < 0) {
        faults.add(
            new InvalidField(
                INSTALMENTS + "[" + i + "].amount",
                "must be at least %s %s"
                    .formatted(limits.minInstalment().toPlainString(), currency)));
      }
    }
    LocalDate last = instalments.get(instalments.size() - 1).dueDate();
    if (last.isAfter(today.plusDays(limits.maxSpanDays()))) {
      faults.add(
          new InvalidField(
              INSTALMENTS + "[" + (instalments.size() - 1) + "].dueDate",
              "must be at most %d days from today, by %s"
                  .formatted(limits.maxSpanDays(), today.plusDays(limits.maxSpanDays()))));
    }
    return faults;
  }

  /** Numbered in the order given, which the checks made sure is the date order. */
  static List<Instalment> numbered(List<InstalmentRequest> instalments) {
    List<Instalment> numbered = new ArrayList<>();
    for (int i = 0; i < instalments.size(); i++) {
      numbered.add(
          new Instalment(i + 1, instalments.get(i).dueDate(), instalments.get(i).amount()));
    }
    return numbered;
  }
}
