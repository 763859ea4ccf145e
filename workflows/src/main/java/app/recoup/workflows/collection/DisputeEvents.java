package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireNotDisputed;
import static app.recoup.workflows.collection.Checks.requireOpen;
import static app.recoup.workflows.collection.Checks.requireText;

import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.HoldReason;

/** A dispute holds the case until a person resolves it; each dispute id is taken once. */
final class DisputeEvents {

  private final RunState state;

  DisputeEvents(RunState state) {
    this.state = state;
  }

  void open(DisputeNotice dispute) {
    state.disputesSeen.add(dispute.disputeId());
    state.openDispute = dispute.disputeId();
    String note =
        dispute.note() == null || dispute.note().isBlank() ? "" : " (" + dispute.note() + ")";
    state.hold(HoldReason.DISPUTE, dispute.by(), dispute.reason() + note, null);
  }

  void validateOpen(DisputeNotice dispute) {
    requireOpen(state, dispute.by());
    requireText(dispute.disputeId(), "a dispute id");
    requireText(dispute.reason(), "a reason");
    if (state.disputesSeen.contains(dispute.disputeId())) {
      throw new IllegalStateException("dispute " + dispute.disputeId() + " is known already");
    }
    requireNotDisputed(state);
  }

  void resolve(DisputeResolution resolution) {
    state.openDispute = null;
    String note =
        resolution.note() == null || resolution.note().isBlank() ? "" : ", " + resolution.note();
    state.resumedBy =
        new Resume(
            resolution.by(),
            "dispute resolved, "
                + resolution.outcome().name().toLowerCase().replace('_', ' ')
                + note);
    state.hold = null;
  }

  void validateResolve(DisputeResolution resolution) {
    requireOpen(state, resolution.by());
    if (resolution.outcome() == null) {
      throw new IllegalArgumentException(
          "an outcome is required: AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED");
    }
    if (state.openDispute == null || !state.openDispute.equals(resolution.disputeId())) {
      throw new IllegalStateException("no open dispute " + resolution.disputeId());
    }
  }
}
