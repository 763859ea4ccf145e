package app.recoup.activities.messaging;

import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.workflows.vocabulary.Channel;
import java.util.List;

/**
 * The local profile's provider: the outbox row is the delivery, visible at /outbox, and nothing
 * leaves the machine.
 */
public record LocalOutboxTransport(Channel channel) implements Transport {

  @Override
  public String deliver(OutboxEntry message, List<String> thread) {
    return null;
  }
}
