package app.recoup.workflows.correspondence;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.SendResult;
import io.temporal.activity.ActivityInterface;

/**
 * The side effects of a customer's combined messages, each idempotent per message key, so a retry
 * or a resumed correspondence repeats nothing.
 */
@ActivityInterface
public interface CorrespondenceActivities {

  /**
   * Drafts one message listing every touch's invoice (and, when asked, the customer's other open
   * invoices) in the leading step's tone; each touch's ledger row goes DRAFTED.
   */
  DraftedTouch draftCombined(CombinedRequest request);

  /** Withdraws a combined draft no person decided: a case left it. */
  void discardDraft(DraftDiscard discard);

  /** Tells the approvers a combined draft has waited too long for them. */
  void openApprovalTask(CombinedRequest request);

  /** Records the decision on every touch and each case's timeline, with who decided. */
  void recordCombinedDecision(CombinedDecision decision);

  /**
   * Sends the approved message once (per message key) and records its delivery on every case's
   * timeline; the ledger is re-checked first.
   */
  SendResult sendCombined(CombinedDelivery delivery);
}
