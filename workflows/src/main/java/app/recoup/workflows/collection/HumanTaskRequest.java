package app.recoup.workflows.collection;

/**
 * @param kind what sort of decision is asked for; a case has at most one open task per kind
 */
public record HumanTaskRequest(long caseId, String kind, String title) {

  public static HumanTaskRequest decideNextStep(long caseId) {
    return new HumanTaskRequest(caseId, "DECIDE_NEXT_STEP", "Decide next step");
  }
}
