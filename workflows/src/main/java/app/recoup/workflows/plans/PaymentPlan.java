package app.recoup.workflows.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agreed plan: the case's balance (late fees posted so far included; no fee is posted while the
 * plan runs) split into instalments, in date order, that add up to it. It carries its own waits,
 * copied from the policy when it was made, so a later change of settings does not move them.
 *
 * @param planId the ledger's id of the plan
 * @param by who agreed it (the collector who proposed it, or the person who approved a customer's
 *     request)
 * @param reminderDaysBefore how many days before an instalment's date its reminder goes out
 * @param graceDays days after an instalment's date before it counts as missed
 * @param makeGoodDays days a missed instalment may still be paid before the plan is broken
 * @param restored a plan agreed before its case's workflow was lost, run again by the case started
 *     for it: part of it may be paid, its first dates may have passed, its agreement is noted
 */
public record PaymentPlan(
    long planId,
    String by,
    List<Instalment> instalments,
    String note,
    int reminderDaysBefore,
    int graceDays,
    int makeGoodDays,
    boolean restored) {

  public PaymentPlan {
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
  }

  public BigDecimal total() {
    return instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * How many instalments, in order, {@code paid} covers: payments go to the earliest instalment
   * first, and an instalment counts only when it is paid in full.
   */
  public int coveredBy(BigDecimal paid) {
    BigDecimal cumulative = BigDecimal.ZERO;
    int covered = 0;
    for (Instalment instalment : instalments) {
      cumulative = cumulative.add(instalment.amount());
      if (cumulative.compareTo(paid) > 0) {
        break;
      }
      covered++;
    }
    return covered;
  }
}
