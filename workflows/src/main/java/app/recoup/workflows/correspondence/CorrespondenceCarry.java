package app.recoup.workflows.correspondence;

import java.util.List;
import java.util.Map;

/**
 * What a customer's correspondence takes into its next run when it continues as new.
 *
 * @param waiting touches handed over and not yet in a message
 * @param answered the latest touches told what became of them, by key: a touch handed over again is
 *     told the same, not sent again
 * @param historyLimit the history length after which it continues as new; 0 for {@link
 *     CorrespondenceWorkflow#HISTORY_LIMIT}
 */
public record CorrespondenceCarry(
    long customerId,
    List<HandedTouch> waiting,
    Map<String, TouchOutcome> answered,
    int historyLimit) {

  public CorrespondenceCarry {
    waiting = List.copyOf(waiting);
    answered = Map.copyOf(answered);
  }

  public static CorrespondenceCarry fresh(long customerId) {
    return new CorrespondenceCarry(customerId, List.of(), Map.of(), 0);
  }

  int limit() {
    return historyLimit > 0 ? historyLimit : CorrespondenceWorkflow.HISTORY_LIMIT;
  }
}
