package app.recoup.workflows.collection;

import app.recoup.workflows.vocabulary.TaskKind;

/**
 * @param kind what sort of decision is asked for; a case has at most one open task per kind
 */
public record HumanTaskRequest(long caseId, TaskKind kind, String title) {

  public static HumanTaskRequest decideNextStep(long caseId) {
    return new HumanTaskRequest(caseId, TaskKind.DECIDE_NEXT_STEP, "Decide next step");
  }

  /**
   * @param step the cadence step, or the broken-promise touch's {@link PromiseBrokenTouch#STEP}
   */
  public static HumanTaskRequest approveTouch(long caseId, int step) {
    String touch =
        step == PromiseBrokenTouch.STEP ? "The broken-promise notice" : "Reminder " + step;
    return new HumanTaskRequest(
        caseId, TaskKind.APPROVE_TOUCH, touch + " is drafted and waits for approval");
  }

  public static HumanTaskRequest reviewHold(long caseId, String hold) {
    return new HumanTaskRequest(
        caseId, TaskKind.REVIEW_HOLD, "On hold with no action (" + hold + "): resume or decide");
  }

  public static HumanTaskRequest resolveDispute(long caseId, String reason) {
    return new HumanTaskRequest(caseId, TaskKind.RESOLVE_DISPUTE, "Dispute to resolve: " + reason);
  }

  public static HumanTaskRequest overpaid(long caseId) {
    return new HumanTaskRequest(
        caseId, TaskKind.OVERPAYMENT, "Paid more than owed: refund or credit the difference");
  }

  /**
   * @param failure what failed and why, as the activity reported it
   */
  public static HumanTaskRequest activityFailed(long caseId, String failure) {
    return new HumanTaskRequest(
        caseId, TaskKind.ACTIVITY_FAILED, "Stopped, fix and retry: " + failure);
  }

  /** A closed case came back because its invoice is owed again: a person looks at why. */
  public static HumanTaskRequest owedAgain(long caseId, String reason) {
    return new HumanTaskRequest(
        caseId, TaskKind.REVIEW_REOPENED, "Owed again, case reopened: " + reason);
  }

  public static HumanTaskRequest handleManually(long caseId) {
    return new HumanTaskRequest(
        caseId,
        TaskKind.HANDLE_MANUALLY,
        "Customer is excluded from automation: handle this case by hand");
  }
}
