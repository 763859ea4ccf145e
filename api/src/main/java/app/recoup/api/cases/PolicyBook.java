package app.recoup.api.cases;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which cadence a customer's cases run: the policy the customer is given by override, else their
 * segment's, else the stored "default", else {@link Cadence#DEFAULT}; always on the business
 * calendar.
 */
@Component
@EnableConfigurationProperties(CalendarProperties.class)
public class PolicyBook {

  public static final String DEFAULT = "default";

  private final CadencePolicies policies;
  private final BusinessCalendar calendar;

  PolicyBook(CadencePolicies policies, CalendarProperties calendar) {
    this.policies = policies;
    this.calendar = calendar.calendar();
  }

  /** The built-in policy, as data: what applies until someone stores another. */
  public static CadencePolicy builtIn() {
    return new CadencePolicy(
        DEFAULT,
        Cadence.DEFAULT.steps().stream().map(step -> step.offsetDays()).toList(),
        Cadence.DEFAULT.touchTime(),
        false);
  }

  public CadencePolicy policy(String name) {
    return policies.find(name).orElseGet(() -> name.equals(DEFAULT) ? builtIn() : policy(DEFAULT));
  }

  public Cadence cadence(CadencePolicy policy) {
    List<Integer> offsets = policy.effectiveOffsets();
    return Cadence.ofOffsets(policy.touchTime(), offsets.stream().mapToInt(Integer::intValue).toArray())
        .withCalendar(calendar);
  }

  /** Customer id to the cadence of their cases. */
  Map<Long, Cadence> cadences(Collection<Customer> customers) {
    Map<Long, String> overrides = policies.overrides(customers.stream().map(Customer::getId).toList());
    return customers.stream()
        .collect(Collectors.toMap(
            Customer::getId,
            customer -> cadence(policy(overrides.getOrDefault(customer.getId(), customer.getSegment()))),
            (same, alsoSame) -> same));
  }

  public Cadence cadenceFor(Customer customer) {
    return cadences(List.of(customer)).get(customer.getId());
  }

  /** The longest pre-due window of any policy: how far ahead the sweep looks for invoices. */
  int widestPreDueWindowDays() {
    int stored = policies.findAll().stream().mapToInt(policy -> cadence(policy).preDueWindowDays()).max().orElse(0);
    return Math.max(stored, cadence(policy(DEFAULT)).preDueWindowDays());
  }
}
