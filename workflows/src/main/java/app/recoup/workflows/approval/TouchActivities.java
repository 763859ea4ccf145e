package app.recoup.workflows.approval;

import io.temporal.activity.ActivityInterface;
import java.time.Instant;

/**
 * The touch's side effects: drafting, recording a person's decision, sending. Each is idempotent
 * per touch key, so a retry or a resumed case repeats nothing.
 */
@ActivityInterface
public interface TouchActivities {

  /**
   * Claims the touch's day for its customer (one touch a day across all their cases) and returns
   * the business slot to send it at: {@code at}, or a later day's opening when that day is taken.
   * Claiming again with the same key returns the same day.
   */
  Instant claimTouchDay(DayClaim claim);

  /**
   * Posts the step's late fee (computed from the ledger: balance, payments, fees charged before)
   * once per key, so the draft that follows shows it in the balance.
   */
  void postLateFee(FeeRequest request);

  /** Drafts the touch (the ledger row goes DRAFTED) and says whether a person must approve it. */
  DraftedTouch draftTouch(TouchRequest request);

  /** Records an approval, an edit or a skip on the touch and the timeline, with who decided. */
  void recordDecision(TouchDecision decision);

  /** Sends what was approved on the customer's channel; the ledger is re-checked first. */
  SendResult sendTouch(TouchDelivery delivery);

  /** Settles an approved touch as not sent, with the reason on the timeline; once per key. */
  void withdrawTouch(Withdrawal withdrawal);
}
