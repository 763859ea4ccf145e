package app.recoup.activities.messaging;

import app.recoup.activities.messaging.email.MessageIds;
import app.recoup.ledger.messaging.Attachment;
import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Delivers each message at most once per idempotency key, through the outbox.
 *
 * <p>Nothing is sent for a closed or paused case, an invoice that is no longer open or is disputed,
 * or a customer excluded from automation: the claim of the attempt re-checks the ledger in its own
 * transaction and CANCELS the row instead.
 *
 * <p>The row is claimed (insert, or find the existing one), then an attempt is recorded and
 * committed, then the provider is called, then the outcome is recorded. A repeat finds the row
 * settled and returns it without delivering. If the process dies (or the acknowledgement fails)
 * after the provider call, the attempt stays "in flight"; once its lease runs out a repeat marks it
 * UNCONFIRMED and opens a task instead of delivering a second time. Transient provider failures
 * throw {@link TransientDeliveryFailure} so the caller (a Temporal activity) retries with backoff.
 */
@Service
public class MessageSender {

  private final Outbox outbox;
  private final CaseLog caseLog;
  private final MessageIds messageIds;
  private final MessagingProperties properties;
  private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);

  public MessageSender(
      Outbox outbox,
      CaseLog caseLog,
      MessageIds messageIds,
      MessagingProperties properties,
      List<Transport> transports) {
    this.outbox = outbox;
    this.caseLog = caseLog;
    this.messageIds = messageIds;
    this.properties = properties;
    transports.forEach(transport -> this.transports.put(transport.channel(), transport));
  }

  public OutboxEntry send(OutgoingMessage message) {
    return send(message, List.of());
  }

  /**
   * Sends with files (email only). They are stored with the outbox row, so a retry delivers the
   * bytes of the first call.
   */
  public OutboxEntry send(OutgoingMessage message, List<Attachment> attachments) {
    Transport transport = transports.get(message.channel());
    if (transport == null) {
      throw new IllegalStateException("no transport for " + message.channel());
    }
    String key = message.idempotencyKey();
    outbox.claim(
        message, message.channel() == Channel.EMAIL ? messageIds.forKey(key) : null, attachments);
    if (!outbox.beginAttempt(key)) {
      return settled(key);
    }
    OutboxEntry entry = outbox.find(key).orElseThrow();
    List<String> thread =
        entry.caseId() == null ? List.of() : outbox.earlierMessageIds(entry.caseId(), entry.id());
    String providerId;
    try {
      providerId = transport.deliver(entry, thread);
    } catch (TransientDeliveryFailure failure) {
      outbox.releaseAttempt(key, failure.getMessage());
      throw failure;
    } catch (PermanentDeliveryFailure failure) {
      outbox.markFailed(key, failure.getMessage());
      report(
          entry,
          TimelineEventType.MESSAGE_FAILED,
          TaskKind.MESSAGE_FAILED,
          "could not be delivered: " + failure.getMessage());
      return outbox.find(key).orElseThrow();
    }
    outbox.markSent(key, providerId);
    return outbox.find(key).orElseThrow();
  }

  /** The row was there and not ours to deliver: return its outcome, or resolve a dead attempt. */
  private OutboxEntry settled(String key) {
    OutboxEntry entry = outbox.find(key).orElseThrow();
    if (entry.status() != OutboxStatus.PENDING) {
      return entry;
    }
    if (outbox.abandonStaleAttempt(key, properties.inFlightLease())) {
      report(
          entry,
          TimelineEventType.MESSAGE_UNCONFIRMED,
          TaskKind.MESSAGE_UNCONFIRMED,
          "was handed to the provider but never confirmed; check before resending");
      return outbox.find(key).orElseThrow();
    }
    throw new SendInProgressException(key);
  }

  private void report(OutboxEntry entry, TimelineEventType type, TaskKind kind, String what) {
    String details = entry.channel() + " to " + entry.recipient() + " " + what;
    if (entry.caseId() != null) {
      caseLog.event(entry.caseId(), type, details, type.stored() + ":" + entry.idempotencyKey());
    }
    caseLog.openTask(entry.caseId(), kind, "Reminder " + entry.idempotencyKey() + ": " + details);
  }
}
