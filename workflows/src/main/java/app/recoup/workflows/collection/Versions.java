package app.recoup.workflows.collection;

import io.temporal.workflow.Workflow;

/**
 * The changes to the collection process that alter the commands it issues, each behind {@code
 * Workflow.getVersion}: a case started before a change keeps the old behaviour, one started after
 * it (or reaching it for the first time) takes the new one. The replay tests over stored histories
 * fail when a change is not guarded.
 */
public final class Versions {

  /**
   * Every touch is drafted, approved (or auto-sent) and sent; before it touches were only recorded.
   */
  static final String APPROVAL_FIRST = "approval-first";

  /** After the final touch the case waits before escalating, then for a person's decision. */
  static final String ESCALATION_WAIT = "escalation-wait";

  /** With a business calendar, a touch claims a day its customer is not touched on otherwise. */
  static final String ONE_TOUCH_A_DAY = "one-touch-a-day";

  /** Steps carry their own channel, tone, template and approval rule. */
  static final String STEP_MESSAGE = "step-message";

  /** A lapsed promise is followed by a touch telling the customer. */
  static final String PROMISE_BROKEN_TOUCH = "promise-broken-touch";

  /**
   * The promise-broken touch is numbered apart from the cadence ({@link PromiseBrokenTouch#STEP})
   * and keyed per chain of runs; before it, it took the last step's number and a key a restarted
   * case reused.
   */
  static final String PROMISE_BROKEN_OWN_KEY = "promise-broken-own-key";

  /** A hold outlasting the history limit continues as new, carrying the hold and its dispute. */
  static final String HOLD_CARRY_OVER = "hold-carry-over";

  /**
   * A recorded touch moves the case's position to its own offset from the due date; before it, to
   * its number read in the cadence of the moment, which a policy change just then made wrong.
   */
  static final String POSITION_BY_OFFSET = "position-by-offset";

  /**
   * The next step is the one the invoice's age deserves on the customer's calendar, placed in a
   * business slot afterwards, and never a pre-due one for an invoice already due; before it, a step
   * the calendar moved past now let the step before it (even a pre-due one) go out first.
   */
  static final String AGE_PICKS_STEP = "age-picks-step";

  /**
   * A touch waiting for its channel's sending window (an SMS approved at 21:00 waits for 09:00) is
   * withdrawn when the case goes on hold meanwhile; before it, only a closing stopped the wait.
   */
  static final String WINDOW_WAIT_HOLDS = "window-wait-holds";

  /**
   * An activity that gives up (activities' retries are bounded, permanent failures are not retried)
   * opens a task and the case waits for a person; before it, activities retried for ever.
   */
  static final String FAILURE_WAITS_FOR_PERSON = "failure-waits-for-person";

  /**
   * A case started again because its invoice is owed again after it closed reopens its ledger case
   * first (the first run of its chain only); nothing owed by then closes it at once.
   */
  static final String REOPENED_CASE = "reopened-case";

  /**
   * Touches are sent through their own task queue ({@link CollectionWorkflow#SENDING_TASK_QUEUE});
   * before it, on the case's queue with every other activity.
   */
  static final String SENDING_QUEUE = "sending-queue";

  /**
   * A manual step of the cadence (call, letter, escalation) opens a task and waits for it instead
   * of sending; before it, cadences had no manual steps.
   */
  static final String MANUAL_STEPS = "manual-steps";

  /**
   * A case whose invoice a credit settled (a credit note, the customer's credit, a dispute's
   * credit) closes as {@code CREDITED}; before it, every settled case closed as paid.
   */
  static final String CREDITED_CLOSE = "credited-close";

  /**
   * An agreed payment plan replaces the cadence until it is kept, broken or cancelled ({@link
   * PlanPhase}); before it, no case could run one.
   */
  static final String PAYMENT_PLANS = "payment-plans";

  /**
   * A case whose policy combines per customer hands its due touches to the customer's
   * correspondence ({@link CombinedTouches}) instead of drafting and sending them itself.
   */
  static final String COMBINED_REMINDERS = "combined-reminders";

  /**
   * A books sync run writes back the late fees posted since connecting, after the payments, when
   * the connection's setting says so; before it, runs wrote back payments only.
   */
  public static final String LATE_FEE_WRITE_BACK = "late-fee-write-back";

  private Versions() {}

  /** Whether this case runs the changed code (version 1) rather than the code before it. */
  public static boolean adopted(String change) {
    return Workflow.getVersion(change, Workflow.DEFAULT_VERSION, 1) >= 1;
  }
}
