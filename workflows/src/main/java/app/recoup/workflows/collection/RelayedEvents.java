package app.recoup.workflows.collection;

import app.recoup.workflows.events.RelayedEvent;

/**
 * Facts relayed from the ledger's outbox, each taken once by its id (a relay that died after
 * Temporal had an event delivers it again). A promise or dispute the case cannot take now (a
 * promise while disputed, a dispute known already) is refused as the update would refuse it, and
 * changes nothing: the ledger keeps the record either way.
 */
final class RelayedEvents {

  private final RunState state;
  private final HoldEvents holds;
  private final DisputeEvents disputes;
  private final PolicyChange policy;
  private final ManualSteps manualSteps;

  RelayedEvents(
      RunState state,
      HoldEvents holds,
      DisputeEvents disputes,
      PolicyChange policy,
      ManualSteps manualSteps) {
    this.state = state;
    this.holds = holds;
    this.policy = policy;
    this.disputes = disputes;
    this.manualSteps = manualSteps;
  }

  void take(RelayedEvent event) {
    if (!state.eventsTaken.add(event.id())) {
      return;
    }
    try {
      if (event.reply() != null) {
        holds.replyReceived(event.reply());
      } else if (event.promise() != null) {
        holds.validatePromise(event.promise());
        holds.promise(event.promise());
      } else if (event.dispute() != null) {
        disputes.validateOpen(event.dispute());
        disputes.open(event.dispute());
      } else if (event.policy() != null) {
        policy.adopt(event.policy());
      } else if (event.manualStepDone() != null) {
        manualSteps.done(event.manualStepDone());
      }
    } catch (IllegalStateException | IllegalArgumentException refused) {
      // refused like the update would be; nothing changed
    }
  }
}
