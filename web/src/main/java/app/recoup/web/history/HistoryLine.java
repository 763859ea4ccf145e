package app.recoup.web.history;

import java.time.Instant;
import java.util.List;

/**
 * One event of a workflow's history, readable: what happened, the gist, and any payloads decoded.
 *
 * @param routine workflow-task bookkeeping a reader usually skips
 */
public record HistoryLine(
    long eventId,
    Instant time,
    String what,
    String summary,
    List<String> payloads,
    boolean routine) {}
