package app.recoup.api.process;

import app.recoup.api.relay.WorkflowEventRecorder;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.workflows.collection.CollectionWorkflow;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A policy saved, or a customer's override changed, reaches every open case using the policy as a
 * workflow event recorded in the same transaction: the relay tells each case until it has it (see
 * {@link CollectionWorkflow#policyChanged}), so a failure half-way never leaves cases on the old
 * cadence, and the cadence page shows how far the roll-out got.
 */
@Component
public class PolicyRollout {

  private final CadencePolicies policies;
  private final WorkflowEventRecorder events;
  private final WorkflowEvents workflowEvents;

  PolicyRollout(
      CadencePolicies policies, WorkflowEventRecorder events, WorkflowEvents workflowEvents) {
    this.policies = policies;
    this.events = events;
    this.workflowEvents = workflowEvents;
  }

  /**
   * The stored policy and how many open cases it is rolled out to.
   *
   * @param cases the open cases the change is on its way to
   */
  public record Rollout(CadencePolicy policy, int cases) {}

  @Transactional
  public Rollout save(CadencePolicy policy, String by) {
    CadencePolicy saved = policies.save(policy, by);
    return new Rollout(saved, rollOut(saved.name()));
  }

  /**
   * Gives the customer the named policy ({@code null}: their segment's again) and rolls out {@code
   * applied}, the policy their cases run from now on.
   */
  @Transactional
  public int override(long customerId, String name, String applied) {
    policies.override(customerId, name);
    return rollOut(applied);
  }

  /** How far the policy's last roll-out got; empty when it never had running cases to reach. */
  public Optional<WorkflowEvents.RolloutProgress> progress(String name) {
    return workflowEvents.lastRollout(name);
  }

  private int rollOut(String name) {
    var users = policies.openCasesUsing(name);
    events.policyChanged(users.stream().map(CadencePolicies.PolicyUser::invoiceId).toList(), name);
    return users.size();
  }
}
