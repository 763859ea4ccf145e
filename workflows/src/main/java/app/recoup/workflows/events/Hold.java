package app.recoup.workflows.events;

import app.recoup.workflows.vocabulary.HoldReason;
import java.time.Instant;

/**
 * Why a case is not touching the customer right now.
 *
 * @param until when the hold ends by itself (snooze, promise plus grace); null until a person acts
 * @param seq numbers the holds of a case, to key their ledger entries
 */
public record Hold(HoldReason kind, String by, String reason, Instant until, int seq) {

  public String describe() {
    return kind.name().toLowerCase() + (reason == null || reason.isBlank() ? "" : ": " + reason);
  }
}
