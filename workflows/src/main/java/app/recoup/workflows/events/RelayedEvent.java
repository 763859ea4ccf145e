package app.recoup.workflows.events;

import app.recoup.workflows.cadence.Cadence;

/**
 * A fact the ledger recorded for the case, relayed from its outbox of workflow events until the
 * case has it: the relay may deliver it more than once, the case takes each id once. Exactly one of
 * the facts is set.
 *
 * @param id the event's id in the ledger's outbox
 */
public record RelayedEvent(
    String id,
    Reply reply,
    Promise promise,
    DisputeNotice dispute,
    Cadence policy,
    ManualStepDone manualStepDone) {

  public RelayedEvent(
      String id, Reply reply, Promise promise, DisputeNotice dispute, Cadence policy) {
    this(id, reply, promise, dispute, policy, null);
  }

  public static RelayedEvent reply(String id, Reply reply) {
    return new RelayedEvent(id, reply, null, null, null);
  }

  public static RelayedEvent promise(String id, Promise promise) {
    return new RelayedEvent(id, null, promise, null, null);
  }

  public static RelayedEvent dispute(String id, DisputeNotice dispute) {
    return new RelayedEvent(id, null, null, dispute, null);
  }

  public static RelayedEvent policy(String id, Cadence policy) {
    return new RelayedEvent(id, null, null, null, policy);
  }

  public static RelayedEvent manualStepDone(String id, ManualStepDone done) {
    return new RelayedEvent(id, null, null, null, null, done);
  }
}
