package app.recoup.workflows.collection;

/**
 * @param kind what sort of decision is asked for; a case has at most one open task per kind
 */
public record HumanTaskRequest(long caseId, String kind, String title) {

  public static final String APPROVE_TOUCH = "APPROVE_TOUCH";

  public static HumanTaskRequest decideNextStep(long caseId) {
    return new HumanTaskRequest(caseId, "DECIDE_NEXT_STEP", "Decide next step");
  }

  public static HumanTaskRequest approveTouch(long caseId, int step) {
    return new HumanTaskRequest(
        caseId, APPROVE_TOUCH, "Reminder %d is drafted and waits for approval".formatted(step));
  }

  public static HumanTaskRequest handleManually(long caseId) {
    return new HumanTaskRequest(
        caseId, "HANDLE_MANUALLY", "Customer is excluded from automation: handle this case by hand");
  }
}
