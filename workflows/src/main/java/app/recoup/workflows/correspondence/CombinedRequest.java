package app.recoup.workflows.correspondence;

import java.util.List;

/**
 * One message for the touches of a customer's cases that fell due together.
 *
 * @param messageKey the message's idempotency key ({@link CombinedMessage#key})
 * @param touches every due touch, one invoice each
 * @param leading the most advanced step among them: its tone, template and channel are the
 *     message's
 * @param alsoOpen list the customer's other open invoices under "also open"
 */
public record CombinedRequest(
    long customerId,
    String messageKey,
    List<HandedTouch> touches,
    HandedTouch leading,
    boolean alsoOpen) {

  public CombinedRequest {
    touches = List.copyOf(touches);
  }
}
