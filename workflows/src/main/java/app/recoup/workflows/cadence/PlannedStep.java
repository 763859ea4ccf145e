package app.recoup.workflows.cadence;

import java.time.Instant;

/** A cadence step and the instant its touch is planned for. */
public record PlannedStep(CadenceStep step, Instant at) {}
