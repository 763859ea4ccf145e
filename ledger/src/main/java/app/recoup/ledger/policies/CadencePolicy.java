package app.recoup.ledger.policies;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * When a customer's reminders go out: offsets in days from the due date (negative = before it), at
 * a customer-local time of day, and the late fees some of those steps post.
 *
 * @param overdueOnly rollout option: pre-due offsets are left out
 */
public record CadencePolicy(
    String name, List<Integer> offsets, LocalTime touchTime, boolean overdueOnly, List<StepFee> fees) {

  /**
   * The late fee of the step at {@code offsetDays}.
   *
   * @param kind FIXED, PERCENT_OF_BALANCE or STATUTORY_INTEREST
   * @param cap the most a case is charged in late fees altogether; null for none
   */
  public record StepFee(int offsetDays, String kind, BigDecimal value, BigDecimal cap) {}

  public CadencePolicy {
    offsets = List.copyOf(offsets);
    fees = fees == null ? List.of() : List.copyOf(fees);
  }

  /** The offsets that apply: without the pre-due ones when the policy is overdue-only. */
  public List<Integer> effectiveOffsets() {
    return overdueOnly ? offsets.stream().filter(offset -> offset >= 0).toList() : offsets;
  }
}
