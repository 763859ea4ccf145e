package app.recoup.activities.messaging;

import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.workflows.vocabulary.Channel;
import java.util.List;

/**
 * Hands one message to a provider. Returns the provider's id for it (null when there is none).
 * Throws {@link TransientDeliveryFailure} when trying again later may work and {@link
 * PermanentDeliveryFailure} when it cannot.
 */
public interface Transport {

  Channel channel();

  /**
   * @param thread Message-IDs of the case's earlier messages on this channel, oldest first
   */
  String deliver(OutboxEntry message, List<String> thread);
}
