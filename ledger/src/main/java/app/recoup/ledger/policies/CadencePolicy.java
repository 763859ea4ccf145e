package app.recoup.ledger.policies;

import java.time.LocalTime;
import java.util.List;

/**
 * When a customer's reminders go out: offsets in days from the due date (negative = before it), at
 * a customer-local time of day.
 *
 * @param overdueOnly rollout option: pre-due offsets are left out
 */
public record CadencePolicy(String name, List<Integer> offsets, LocalTime touchTime, boolean overdueOnly) {

  public CadencePolicy {
    offsets = List.copyOf(offsets);
  }

  /** The offsets that apply: without the pre-due ones when the policy is overdue-only. */
  public List<Integer> effectiveOffsets() {
    return overdueOnly ? offsets.stream().filter(offset -> offset >= 0).toList() : offsets;
  }
}
