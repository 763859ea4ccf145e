package app.recoup.workflows.collection;

/**
 * @param kind what sort of decision is asked for; a case has at most one open task per kind
 */
public record HumanTaskRequest(long caseId, String kind, String title) {

  public static final String APPROVE_TOUCH = "APPROVE_TOUCH";
  public static final String DECIDE_NEXT_STEP = "DECIDE_NEXT_STEP";
  public static final String ACTIVITY_FAILED = "ACTIVITY_FAILED";

  public static HumanTaskRequest decideNextStep(long caseId) {
    return new HumanTaskRequest(caseId, DECIDE_NEXT_STEP, "Decide next step");
  }

  /** @param step the cadence step, or the broken-promise touch's {@link PromiseBrokenTouch#STEP} */
  public static HumanTaskRequest approveTouch(long caseId, int step) {
    String touch = step == PromiseBrokenTouch.STEP ? "The broken-promise notice" : "Reminder " + step;
    return new HumanTaskRequest(caseId, APPROVE_TOUCH, touch + " is drafted and waits for approval");
  }

  public static HumanTaskRequest reviewHold(long caseId, String hold) {
    return new HumanTaskRequest(caseId, "REVIEW_HOLD", "On hold with no action (" + hold + "): resume or decide");
  }

  public static HumanTaskRequest resolveDispute(long caseId, String reason) {
    return new HumanTaskRequest(caseId, "RESOLVE_DISPUTE", "Dispute to resolve: " + reason);
  }

  public static HumanTaskRequest overpaid(long caseId) {
    return new HumanTaskRequest(caseId, "OVERPAYMENT", "Paid more than owed: refund or credit the difference");
  }

  /** @param failure what failed and why, as the activity reported it */
  public static HumanTaskRequest activityFailed(long caseId, String failure) {
    return new HumanTaskRequest(caseId, ACTIVITY_FAILED, "Stopped, fix and retry: " + failure);
  }

  /** A closed case came back because its invoice is owed again: a person looks at why. */
  public static HumanTaskRequest owedAgain(long caseId, String reason) {
    return new HumanTaskRequest(caseId, "REVIEW_REOPENED", "Owed again, case reopened: " + reason);
  }

  public static HumanTaskRequest handleManually(long caseId) {
    return new HumanTaskRequest(
        caseId, "HANDLE_MANUALLY", "Customer is excluded from automation: handle this case by hand");
  }
}
