package app.recoup.workflows.plans;

/** A person ends a running plan: the case returns to its cadence where it stood. */
public record PlanCancel(long planId, String by, String reason) {}
