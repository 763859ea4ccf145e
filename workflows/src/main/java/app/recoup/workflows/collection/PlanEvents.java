package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireNotDisputed;
import static app.recoup.workflows.collection.Checks.requireOpen;

import app.recoup.workflows.events.Resume;
import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanCancel;
import java.time.LocalDate;

/**
 * A person agrees a payment plan (it ends a reply, pause, snooze or promise hold) or cancels the
 * running one. The API checks the plan against the ledger first; these checks hold the line against
 * the case's own balance and calendar.
 */
final class PlanEvents {

  private final RunState state;

  PlanEvents(RunState state) {
    this.state = state;
  }

  void agree(PaymentPlan plan) {
    if (state.hold != null) {
      state.resumedBy = new Resume(plan.by(), "payment plan agreed");
      state.hold = null;
    }
    state.plan = plan;
    state.planCancel = null;
  }

  void validateAgree(PaymentPlan plan) {
    requireOpen(state, plan.by());
    requireNotDisputed(state);
    if (state.plan != null) {
      throw new IllegalStateException("the case runs a payment plan already");
    }
    if (plan.instalments().isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one instalment");
    }
    if (plan.total().compareTo(state.balance) != 0) {
      throw new IllegalArgumentException(
          "the instalments add up to %s, the case owes %s"
              .formatted(plan.total().toPlainString(), state.balance.toPlainString()));
    }
    LocalDate previous = LocalDate.ofInstant(RunState.now(), state.snapshot.customerZone());
    for (Instalment instalment : plan.instalments()) {
      if (instalment.amount() == null || instalment.amount().signum() <= 0) {
        throw new IllegalArgumentException("every instalment's amount must be above zero");
      }
      if (instalment.dueDate() == null || !instalment.dueDate().isAfter(previous)) {
        throw new IllegalArgumentException(
            "instalment dates must be in the future and ascending (instalment %d)"
                .formatted(instalment.number()));
      }
      previous = instalment.dueDate();
    }
  }

  void cancel(PlanCancel cancel) {
    state.planCancel = cancel;
  }

  void validateCancel(PlanCancel cancel) {
    requireOpen(state, cancel.by());
    if (state.plan == null || state.plan.planId() != cancel.planId() || state.planCancel != null) {
      throw new IllegalStateException("plan " + cancel.planId() + " is not running");
    }
  }
}
