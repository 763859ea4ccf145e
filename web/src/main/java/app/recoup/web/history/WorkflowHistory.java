package app.recoup.web.history;

import java.util.List;

/**
 * A run's history as the page shows it.
 *
 * @param continuedFromRunId the run this one continued as new from, if any
 */
public record WorkflowHistory(
    String workflowId, String runId, String continuedFromRunId, List<HistoryLine> lines) {}
