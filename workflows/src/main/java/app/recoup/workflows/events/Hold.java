package app.recoup.workflows.events;

import java.time.Instant;

/**
 * Why a case is not touching the customer right now.
 *
 * @param until when the hold ends by itself (snooze, promise plus grace); null until a person acts
 * @param seq numbers the holds of a case, to key their ledger entries
 */
public record Hold(Kind kind, String by, String reason, Instant until, int seq) {

  public enum Kind {
    REPLY,
    PAUSE,
    SNOOZE,
    PROMISE,
    DISPUTE
  }

  public String describe() {
    return kind.name().toLowerCase() + (reason == null || reason.isBlank() ? "" : ": " + reason);
  }
}
