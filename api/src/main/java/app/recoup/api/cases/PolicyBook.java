package app.recoup.api.cases;

import app.recoup.ledger.correspondence.PolicyCombinings;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import app.recoup.workflows.cadence.ManualStep;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.collection.ProcessTimings;
import app.recoup.workflows.correspondence.Combining;
import app.recoup.workflows.fees.LateFee;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which cadence a customer's cases run: the policy the customer is given by override, else their
 * segment's, else the stored "default", else {@link Cadence#DEFAULT}; always on the business
 * calendar, with the configured process timings.
 */
@Component
@EnableConfigurationProperties({CalendarProperties.class, TimingProperties.class})
public class PolicyBook {

  public static final String DEFAULT = "default";

  private final CadencePolicies policies;
  private final PolicyCombinings combinings;

  /**
   * How a policy without a stored setting combines (one saved before V29 has one): per customer,
   * the default of new installations (README, Combined reminders).
   */
  private final Combining.Mode unsetCombining;

  private final BusinessCalendar calendar;
  private final ProcessTimings timings;

  PolicyBook(
      CadencePolicies policies,
      PolicyCombinings combinings,
      CalendarProperties calendar,
      TimingProperties timings,
      @Value("${recoup.combining.unset:PER_CUSTOMER}") Combining.Mode unsetCombining) {
    this.policies = policies;
    this.combinings = combinings;
    this.unsetCombining = unsetCombining;
    this.calendar = calendar.calendar();
    this.timings = timings.timings();
  }

  /** The process's waits that every case starts with. */
  public ProcessTimings timings() {
    return timings;
  }

  /** The built-in policy, as data: what applies until someone stores another. */
  public static CadencePolicy builtIn() {
    return new CadencePolicy(
        DEFAULT,
        Cadence.DEFAULT.steps().stream().map(step -> step.offsetDays()).toList(),
        Cadence.DEFAULT.touchTime(),
        false,
        List.of(),
        List.of(),
        List.of(),
        0);
  }

  public CadencePolicy policy(String name) {
    return policies.find(name).orElseGet(() -> name.equals(DEFAULT) ? builtIn() : policy(DEFAULT));
  }

  public Cadence cadence(CadencePolicy policy) {
    List<Integer> offsets = policy.effectiveOffsets();
    Map<Integer, LateFee> fees =
        policy.fees().stream()
            .collect(
                Collectors.toMap(
                    CadencePolicy.StepFee::offsetDays,
                    fee -> new LateFee(LateFee.Kind.valueOf(fee.kind()), fee.value(), fee.cap())));
    Map<Integer, StepMessage> messages =
        policy.messages().stream()
            .collect(
                Collectors.toMap(
                    CadencePolicy.StepMessage::offsetDays,
                    message ->
                        new StepMessage(
                            StepMessage.Channel.valueOf(message.channel()),
                            StepMessage.Tone.valueOf(message.tone()),
                            StepMessage.Template.valueOf(message.template()),
                            message.needsApproval())));
    Map<Integer, ManualStep> manualSteps =
        policy.manualSteps().stream()
            .collect(
                Collectors.toMap(
                    CadencePolicy.StepManual::offsetDays,
                    manual ->
                        new ManualStep(
                            ManualStep.Action.valueOf(manual.action()),
                            manual.assignee(),
                            manual.daysToComplete())));
    List<CadenceStep> steps =
        IntStream.range(0, offsets.size())
            .mapToObj(
                i ->
                    new CadenceStep(
                        i + 1,
                        offsets.get(i),
                        fees.get(offsets.get(i)),
                        messages.get(offsets.get(i)),
                        manualSteps.get(offsets.get(i))))
            .toList();
    return new Cadence(steps, policy.touchTime(), calendar);
  }

  /** Customer id to the cadence of their cases. */
  Map<Long, Cadence> cadences(Collection<Customer> customers) {
    return byPolicy(customers, this::cadence);
  }

  /** Customer id to what {@code read} takes from the policy their cases run. */
  private <T> Map<Long, T> byPolicy(
      Collection<Customer> customers, Function<CadencePolicy, T> read) {
    Map<Long, String> overrides =
        policies.overrides(customers.stream().map(Customer::getId).toList());
    return customers.stream()
        .collect(
            Collectors.toMap(
                Customer::getId,
                customer ->
                    read.apply(
                        policy(overrides.getOrDefault(customer.getId(), customer.getSegment()))),
                (same, alsoSame) -> same));
  }

  /** Customer id to how their cases' touches are combined, by the policy their cases run. */
  Map<Long, Combining> combinings(Collection<Customer> customers) {
    return byPolicy(customers, policy -> combining(policy.name()));
  }

  Combining combiningFor(Customer customer) {
    return combinings(List.of(customer)).get(customer.getId());
  }

  /** The named policy's combining setting, as the workflows read it. */
  public Combining combining(String policy) {
    return combinings
        .find(policy)
        .map(
            stored ->
                new Combining(
                    stored.perCustomer() ? Combining.Mode.PER_CUSTOMER : Combining.Mode.PER_INVOICE,
                    stored.window(),
                    stored.alsoOpen()))
        .orElse(new Combining(unsetCombining, null, false));
  }

  public Cadence cadenceFor(Customer customer) {
    return cadences(List.of(customer)).get(customer.getId());
  }

  /** The longest pre-due window of any policy: how far ahead the sweep looks for invoices. */
  int widestPreDueWindowDays() {
    int stored =
        policies.findAll().stream()
            .mapToInt(policy -> cadence(policy).preDueWindowDays())
            .max()
            .orElse(0);
    return Math.max(stored, cadence(policy(DEFAULT)).preDueWindowDays());
  }
}
