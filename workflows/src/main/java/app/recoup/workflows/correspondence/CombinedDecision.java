package app.recoup.workflows.correspondence;

import app.recoup.workflows.approval.TouchDecision;
import java.util.List;

/**
 * What a person (or the auto-send rule) decided about a combined draft: it holds for each of its
 * touches.
 *
 * @param subject what goes out (edited or as drafted); null for a skip
 * @param body what goes out (edited or as drafted); for a skip, the reason given
 */
public record CombinedDecision(
    long customerId,
    String messageKey,
    List<HandedTouch> touches,
    TouchDecision.Kind kind,
    String by,
    String subject,
    String body) {

  public CombinedDecision {
    touches = List.copyOf(touches);
  }

  public boolean sends() {
    return kind != TouchDecision.Kind.SKIPPED;
  }
}
