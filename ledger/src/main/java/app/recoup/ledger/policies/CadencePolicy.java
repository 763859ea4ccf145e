package app.recoup.ledger.policies;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * When a customer's reminders go out: offsets in days from the due date (negative = before it), at
 * a customer-local time of day, the late fees some of those steps post and how steps word and send
 * their reminders.
 *
 * @param overdueOnly rollout option: pre-due offsets are left out
 * @param messages per step offset; a step without one drafts the customer's way
 * @param manualSteps per step offset: steps a person does instead of a message
 * @param version 1 for the first save, one more with every save after it (0: never saved)
 */
public record CadencePolicy(
    String name,
    List<Integer> offsets,
    LocalTime touchTime,
    boolean overdueOnly,
    List<StepFee> fees,
    List<StepMessage> messages,
    List<StepManual> manualSteps,
    int version) {

  /**
   * The late fee of the step at {@code offsetDays}.
   *
   * @param kind FIXED, PERCENT_OF_BALANCE or STATUTORY_INTEREST
   * @param cap the most a case is charged in late fees altogether; null for none
   */
  public record StepFee(int offsetDays, String kind, BigDecimal value, BigDecimal cap) {}

  /**
   * How the step at {@code offsetDays} words and sends its reminder.
   *
   * @param channel PREFERRED (the customer's), EMAIL, SMS or WHATSAPP
   * @param tone CUSTOMER (the customer's), FRIENDLY, NEUTRAL or FIRM
   * @param template BY_POSITION, PRE_DUE, DUE, OVERDUE or FINAL_NOTICE
   * @param needsApproval a person approves it even for a customer trusted to be sent to unreviewed
   */
  public record StepMessage(
      int offsetDays, String channel, String tone, String template, boolean needsApproval) {}

  /**
   * What a person does at the step at {@code offsetDays} instead of a message.
   *
   * @param action CALL, LETTER or ESCALATE_TO_ACCOUNT_MANAGER
   * @param assignee the user the task goes to; null for the case's assignee
   * @param daysToComplete after this many days the step escalates
   */
  public record StepManual(int offsetDays, String action, String assignee, int daysToComplete) {}

  public CadencePolicy {
    offsets = List.copyOf(offsets);
    manualSteps = manualSteps == null ? List.of() : List.copyOf(manualSteps);
    fees = fees == null ? List.of() : List.copyOf(fees);
    messages = messages == null ? List.of() : List.copyOf(messages);
  }

  /** The offsets that apply: without the pre-due ones when the policy is overdue-only. */
  public List<Integer> effectiveOffsets() {
    return overdueOnly ? offsets.stream().filter(offset -> offset >= 0).toList() : offsets;
  }
}
