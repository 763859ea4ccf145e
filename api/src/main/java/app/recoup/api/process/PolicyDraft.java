package app.recoup.api.process;

import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.workflows.cadence.ManualStep;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.fees.LateFee;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cadence policy as someone submitted it (JSON or the cadence editor), step by step, and what is
 * wrong with it: every problem names its step and field, so the caller can answer next to them.
 *
 * @param touchTime null for the default cadence's
 */
public record PolicyDraft(LocalTime touchTime, boolean overdueOnly, List<Step> steps) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  static final int MAX_STEPS = 20;
  static final int EARLIEST_OFFSET = -60;
  static final int LATEST_OFFSET = 365;
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final int MAX_ASSIGNEE = 200;

  /**
   * Blank or null fields take the customer's way: preferred channel, their tone, the template by
   * position. A step with {@code manual} is done by a person instead of a message (its message
   * fields are then unused).
   */
  public record Step(
      Integer offsetDays,
      String channel,
      String tone,
      String template,
      Boolean needsApproval,
      Fee fee,
      Manual manual) {}

  /**
   * @param action CALL, LETTER or ESCALATE_TO_ACCOUNT_MANAGER
   * @param assignee the user the task goes to; blank or null for the case's assignee
   * @param daysToComplete days before the step escalates; null for {@value ManualStep#DEFAULT_DAYS}
   */
  public record Manual(String action, String assignee, Integer daysToComplete) {}

  /**
   * @param kind FIXED, PERCENT_OF_BALANCE or STATUTORY_INTEREST
   */
  public record Fee(String kind, BigDecimal value, BigDecimal cap) {}

  /**
   * @param step 1-based; null for the policy as a whole
   * @param field the step's field (offsetDays, channel, tone, template, fee, manual); null with the
   *     step
   */
  public record Problem(Integer step, String field, String message) {

    public String describe() {
      return step == null ? message : "step %d, %s: %s".formatted(step, field, message);
    }
  }

  public PolicyDraft {
    steps = steps == null ? List.of() : new ArrayList<>(steps);
  }

  /** Policy names are segment names: 1-40 letters, digits, '-' or '_'. */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  public static List<String> channels() {
    return names(StepMessage.Channel.values());
  }

  public static List<String> tones() {
    return names(StepMessage.Tone.values());
  }

  /** The templates a cadence step may name: not the broken promise's or a plan's. */
  public static List<String> templates() {
    return Arrays.stream(StepMessage.Template.values())
        .filter(StepMessage.Template::forCadenceSteps)
        .map(Enum::name)
        .toList();
  }

  public static List<String> feeKinds() {
    return names(LateFee.Kind.values());
  }

  public static List<String> manualActions() {
    return names(ManualStep.Action.values());
  }

  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (steps.isEmpty()) {
      problems.add(new Problem(null, null, "a policy needs at least one step"));
    }
    if (steps.size() > MAX_STEPS) {
      problems.add(new Problem(null, null, "a policy has at most " + MAX_STEPS + " steps"));
    }
    Integer previous = null;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int number = i + 1;
      if (step == null) {
        problems.add(new Problem(number, "offsetDays", "the step is empty"));
        continue;
      }
      Integer offset = step.offsetDays();
      if (offset == null) {
        problems.add(new Problem(number, "offsetDays", "days from the due date are required"));
      } else if (offset < EARLIEST_OFFSET || offset > LATEST_OFFSET) {
        problems.add(
            new Problem(
                number,
                "offsetDays",
                "must lie between %d and %d days".formatted(EARLIEST_OFFSET, LATEST_OFFSET)));
      } else if (previous != null && offset <= previous) {
        problems.add(
            new Problem(number, "offsetDays", "must be after the previous step's " + previous));
      }
      previous = offset == null ? previous : offset;
      known(number, "channel", step.channel(), channels(), problems);
      known(number, "tone", step.tone(), tones(), problems);
      known(number, "template", step.template(), templates(), problems);
      feeProblem(step.fee())
          .ifPresent(message -> problems.add(new Problem(number, "fee", message)));
      manualProblem(step.manual())
          .ifPresent(message -> problems.add(new Problem(number, "manual", message)));
    }
    if (overdueOnly
        && !steps.isEmpty()
        && steps.stream()
            .allMatch(step -> step != null && step.offsetDays() != null && step.offsetDays() < 0)) {
      problems.add(
          new Problem(null, null, "an overdue-only policy needs a step on or after the due date"));
    }
    return problems;
  }

  private static void known(
      int step, String field, String value, List<String> allowed, List<Problem> problems) {
    if (!blank(value) && !allowed.contains(value)) {
      problems.add(
          new Problem(
              step, field, "'%s' is not one of %s".formatted(value, String.join(", ", allowed))));
    }
  }

  private static Optional<String> feeProblem(Fee fee) {
    if (fee == null) {
      return Optional.empty();
    }
    if (!feeKinds().contains(String.valueOf(fee.kind()))) {
      return Optional.of("the kind must be one of " + String.join(", ", feeKinds()));
    }
    if (fee.value() == null || fee.value().signum() <= 0) {
      return Optional.of("the value must be above zero");
    }
    if (!fee.kind().equals(LateFee.Kind.FIXED.name()) && fee.value().compareTo(HUNDRED) > 0) {
      return Optional.of("a percentage or an annual rate is at most 100");
    }
    if (fee.cap() != null && fee.cap().signum() <= 0) {
      return Optional.of("a cap must be above zero, or left out");
    }
    return Optional.empty();
  }

  private static Optional<String> manualProblem(Manual manual) {
    if (manual == null) {
      return Optional.empty();
    }
    if (!manualActions().contains(String.valueOf(manual.action()))) {
      return Optional.of("the action must be one of " + String.join(", ", manualActions()));
    }
    if (manual.daysToComplete() != null
        && (manual.daysToComplete() < 1 || manual.daysToComplete() > ManualStep.MAX_DAYS)) {
      return Optional.of("the days to complete it lie between 1 and " + ManualStep.MAX_DAYS);
    }
    if (manual.assignee() != null && manual.assignee().length() > MAX_ASSIGNEE) {
      return Optional.of("the assignee is at most " + MAX_ASSIGNEE + " characters");
    }
    return Optional.empty();
  }

  /** The policy to store; call only when there are no {@link #problems()}. */
  public CadencePolicy toPolicy(String name, LocalTime defaultTouchTime) {
    List<Integer> offsets = steps.stream().map(Step::offsetDays).toList();
    List<CadencePolicy.StepFee> fees =
        steps.stream()
            .filter(step -> step.fee() != null)
            .map(
                step ->
                    new CadencePolicy.StepFee(
                        step.offsetDays(), step.fee().kind(), step.fee().value(), step.fee().cap()))
            .toList();
    List<CadencePolicy.StepMessage> messages =
        steps.stream()
            .map(
                step ->
                    new CadencePolicy.StepMessage(
                        step.offsetDays(),
                        orDefault(step.channel(), StepMessage.Channel.PREFERRED),
                        orDefault(step.tone(), StepMessage.Tone.CUSTOMER),
                        orDefault(step.template(), StepMessage.Template.BY_POSITION),
                        Boolean.TRUE.equals(step.needsApproval())))
            .toList();
    List<CadencePolicy.StepManual> manualSteps =
        steps.stream()
            .filter(step -> step.manual() != null)
            .map(
                step ->
                    new CadencePolicy.StepManual(
                        step.offsetDays(),
                        step.manual().action(),
                        blank(step.manual().assignee()) ? null : step.manual().assignee().trim(),
                        step.manual().daysToComplete() == null
                            ? ManualStep.DEFAULT_DAYS
                            : step.manual().daysToComplete()))
            .toList();
    return new CadencePolicy(
        name,
        offsets,
        touchTime == null ? defaultTouchTime : touchTime,
        overdueOnly,
        fees,
        messages,
        manualSteps,
        0);
  }

  /** The steps of a stored policy, as the editor shows them. */
  public static PolicyDraft of(CadencePolicy policy) {
    var fees =
        policy.fees().stream()
            .collect(Collectors.toMap(CadencePolicy.StepFee::offsetDays, fee -> fee));
    var messages =
        policy.messages().stream()
            .collect(Collectors.toMap(CadencePolicy.StepMessage::offsetDays, m -> m));
    var manualSteps =
        policy.manualSteps().stream()
            .collect(Collectors.toMap(CadencePolicy.StepManual::offsetDays, m -> m));
    List<Step> steps =
        policy.offsets().stream()
            .map(
                offset -> {
                  CadencePolicy.StepMessage message = messages.get(offset);
                  CadencePolicy.StepFee fee = fees.get(offset);
                  CadencePolicy.StepManual manual = manualSteps.get(offset);
                  return new Step(
                      offset,
                      message == null ? StepMessage.Channel.PREFERRED.name() : message.channel(),
                      message == null ? StepMessage.Tone.CUSTOMER.name() : message.tone(),
                      message == null
                          ? StepMessage.Template.BY_POSITION.name()
                          : message.template(),
                      message != null && message.needsApproval(),
                      fee == null ? null : new Fee(fee.kind(), fee.value(), fee.cap()),
                      manual == null
                          ? null
                          : new Manual(
                              manual.action(), manual.assignee(), manual.daysToComplete()));
                })
            .toList();
    return new PolicyDraft(policy.touchTime(), policy.overdueOnly(), steps);
  }

  private static String orDefault(String value, Enum<?> fallback) {
    return blank(value) ? fallback.name() : value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
