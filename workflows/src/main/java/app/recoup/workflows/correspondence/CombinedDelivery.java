package app.recoup.workflows.correspondence;

import app.recoup.workflows.cadence.StepMessage;
import java.util.List;

/**
 * An approved combined message to send once, exactly as approved.
 *
 * @param messageKey the outbox's idempotency key: a retry or a crash sends it once
 * @param channel the leading step's channel; null for the customer's preferred
 */
public record CombinedDelivery(
    long customerId,
    String messageKey,
    List<HandedTouch> touches,
    String subject,
    String body,
    String approvedBy,
    StepMessage.Channel channel) {

  public CombinedDelivery {
    touches = List.copyOf(touches);
  }
}
